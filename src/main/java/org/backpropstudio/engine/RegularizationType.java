package org.backpropstudio.engine;

/** Weight penalties added to the batch loss (weights only, never biases). */
public enum RegularizationType {
    NONE("none"),
    /** rate * sum |w|. */
    L1("l1"),
    /** rate * 1/2 * sum w^2. */
    L2("l2");

    private final String id;

    RegularizationType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static RegularizationType byId(String id) {
        for (RegularizationType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }

    public static String ids() {
        return "none, l1, l2";
    }
}
