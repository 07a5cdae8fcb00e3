package org.backpropstudio.engine;

/** The update rules the trainer knows. */
public enum OptimizerType {
    /** w = w - eta * dE/dw. */
    SGD("sgd"),
    /** v = mu * v - eta * dE/dw; w = w + v. */
    MOMENTUM("momentum"),
    /** Kingma and Ba's Adam with bias-corrected first and second moments. */
    ADAM("adam");

    private final String id;

    OptimizerType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static OptimizerType byId(String id) {
        for (OptimizerType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }

    public static String ids() {
        return "sgd, momentum, adam";
    }
}
