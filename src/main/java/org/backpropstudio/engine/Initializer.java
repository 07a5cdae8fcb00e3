package org.backpropstudio.engine;

/** Ways to draw the starting weights from the seeded generator (step 1 of the lesson's loop). */
public enum Initializer {
    /** Glorot/Xavier uniform: w ~ U(-r, r), r = sqrt(6 / (fanIn + fanOut)); biases 0. */
    XAVIER("xavier"),
    /** He normal: w ~ N(0, 2 / fanIn); biases 0. Suits ReLU layers. */
    HE("he"),
    /** Weights and biases ~ U(-0.5, 0.5), the lesson's "random small numbers". */
    UNIFORM("uniform");

    private final String id;

    Initializer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Initializer byId(String id) {
        for (Initializer i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        return null;
    }

    public static String ids() {
        return "xavier, he, uniform";
    }

    /** Overwrites every parameter of {@code net}, layer by layer, unit by unit, in file order. */
    public void initialize(Network net, Rng rng) {
        for (DenseLayer d : net.layers()) {
            int fanIn = d.fanIn();
            int fanOut = d.units();
            double r = Math.sqrt(6.0 / (fanIn + fanOut));
            double sd = Math.sqrt(2.0 / fanIn);
            for (int j = 0; j < d.units(); j++) {
                for (int k = 0; k < fanIn; k++) {
                    double w;
                    switch (this) {
                        case XAVIER: w = rng.uniform(-r, r); break;
                        case HE: w = sd * rng.gaussian(); break;
                        default: w = rng.uniform(-0.5, 0.5); break;
                    }
                    net.setParameter(d.weightIndex(j, k), w);
                }
            }
            for (int j = 0; j < d.units(); j++) {
                net.setParameter(d.biasIndex(j), this == UNIFORM ? rng.uniform(-0.5, 0.5) : 0);
            }
        }
    }
}
