package org.backpropstudio.data;

import java.util.List;

/**
 * Input features computed from a point (x1, x2) of a two-input data set, as a learner picks
 * them for the first layer: the raw coordinates, their squares, their product, their sines.
 */
public enum Feature {
    X1("x1"),
    X2("x2"),
    X1_SQUARED("x1^2"),
    X2_SQUARED("x2^2"),
    X1_TIMES_X2("x1*x2"),
    SIN_X1("sin(x1)"),
    SIN_X2("sin(x2)");

    /** The plain choice: the two coordinates as they are. */
    public static final List<Feature> RAW = List.of(X1, X2);

    private final String id;

    Feature(String id) {
        this.id = id;
    }

    /** The name used in experiment files, e.g. {@code x1^2}. */
    public String id() {
        return id;
    }

    public static Feature byId(String id) {
        for (Feature f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }

    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Feature f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.id);
        }
        return sb.toString();
    }

    /** The feature's value at the point (x1, x2). */
    public double apply(double x1, double x2) {
        switch (this) {
            case X1: return x1;
            case X2: return x2;
            case X1_SQUARED: return x1 * x1;
            case X2_SQUARED: return x2 * x2;
            case X1_TIMES_X2: return x1 * x2;
            case SIN_X1: return Math.sin(x1);
            case SIN_X2: return Math.sin(x2);
            default: throw new AssertionError(this);
        }
    }

    /** Writes the features of (x1, x2) into {@code out[0..features.size())}. */
    public static void apply(List<Feature> features, double x1, double x2, double[] out) {
        for (int i = 0; i < features.size(); i++) {
            out[i] = features.get(i).apply(x1, x2);
        }
    }

    /**
     * A data set whose inputs are these features of a two-input set's points; targets are kept.
     * With {@link #RAW} the set itself is returned.
     */
    public static Dataset transform(List<Feature> features, Dataset points) {
        if (points.inputs() != 2) {
            throw new IllegalArgumentException("features are computed from two inputs; the data have " + points.inputs());
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException("pick at least one input feature");
        }
        if (features.equals(RAW)) {
            return points;
        }
        int n = points.size();
        int m = features.size();
        double[] x = new double[n * m];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            apply(features, points.x(i, 0), points.x(i, 1), row);
            System.arraycopy(row, 0, x, i * m, m);
        }
        return new Dataset(m, points.outputs(), x, points.rawTargets());
    }
}
