package org.backpropstudio.engine;

/**
 * A tanh or sigmoid layer's outputs {@code f(u + v)} over a block of grid points where each
 * unit's weighted input is a column part u plus a row part v, from tanh evaluated at the
 * column parts and at the row parts alone. The addition theorem
 * <pre>  tanh(u + v) = (tanh u + tanh v) / (1 + tanh u tanh v)</pre>
 * is exact mathematics, so per grid point and unit a multiply, two additions and a division
 * take the place of an exponential; the logistic sigmoid follows from
 * {@code sigmoid(z) = (1 + tanh(z/2)) / 2}. The tanh values are the engine's own
 * ({@link Activation#tanh}).
 *
 * <p>The denominator {@code 1 + tanh u tanh v} tends to 0 when u and v are large with opposite
 * signs; each tanh carries an absolute error of about one ulp of 1, so the quotient's error
 * grows like 1 / denominator (and saturated units give 0 / 0). Points whose denominator is
 * below {@link #MIN_DENOMINATOR} therefore take the engine's {@code f(u + v)} directly, which
 * keeps the identity's error within a few times 1e-16 of the layer's outputs. Whether a whole
 * row of a unit is clear of that is decided once per row: the computed denominator is monotone
 * in tanh u, so its smallest value over the columns is at the smallest or the largest tanh u.
 *
 * <p>Scratch space for one thread; counts the points each way, for tests and diagnostics.
 */
final class TanhSum {
    /** The smallest denominator the identity is used with; below it, f(u + v) directly. */
    static final double MIN_DENOMINATOR = 0.125;

    private final Activation f;
    private final boolean sigmoid;
    private final double scale;        // tanh is taken at scale * z: 1, or 1/2 for the sigmoid
    private final int units;
    private final int cols;
    private final double[] tu;         // tanh of the column parts, unit by unit: k * cols + c
    private final double[] tuMin;      // per unit, the smallest and largest tu over the columns
    private final double[] tuMax;
    private double[] tv = new double[0]; // tanh of the row parts, row by row: i * units + k
    /** Grid points (times units) computed with the identity. */
    long identityPoints;
    /** Grid points (times units) whose denominator was too small: computed as f(u + v). */
    long directPoints;

    /** True for the activations this applies to: tanh and the sigmoid. */
    static boolean supports(Activation f) {
        return f == Activation.TANH || f == Activation.SIGMOID;
    }

    TanhSum(Activation f, int units, int cols) {
        if (!supports(f)) {
            throw new IllegalArgumentException(f.id() + " has no addition theorem here");
        }
        this.f = f;
        this.sigmoid = f == Activation.SIGMOID;
        this.scale = sigmoid ? 0.5 : 1;
        this.units = units;
        this.cols = cols;
        tu = new double[units * cols];
        tuMin = new double[units];
        tuMax = new double[units];
    }

    /** Takes the column parts of one sample, {@code u[k * cols + c]}. */
    void columns(double[] u) {
        for (int k = 0; k < units; k++) {
            int o = k * cols;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                double t = Activation.tanh(scale * u[o + c]);
                tu[o + c] = t;
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            tuMin[k] = lo;
            tuMax[k] = hi;
        }
    }

    /** Takes the row parts of one sample, {@code v[i * units + k]} for {@code rows} rows. */
    void rows(double[] v, int rows) {
        int n = rows * units;
        if (tv.length < n) {
            tv = new double[n];
        }
        for (int i = 0; i < n; i++) {
            tv[i] = Activation.tanh(scale * v[i]);
        }
    }

    /**
     * Row {@code i}: {@code a[k * cols + c] = f(u[k * cols + c] + v[i * units + k])} for every
     * unit k and column c, with u and v the arrays last given to {@link #columns} and
     * {@link #rows}.
     */
    void row(int i, double[] u, double[] v, double[] a) {
        for (int k = 0; k < units; k++) {
            int o = k * cols;
            double t = tv[i * units + k];
            if (1 + tuMin[k] * t >= MIN_DENOMINATOR && 1 + tuMax[k] * t >= MIN_DENOMINATOR) {
                if (sigmoid) {
                    for (int c = 0; c < cols; c++) {
                        double s = tu[o + c];
                        a[o + c] = 0.5 + 0.5 * ((s + t) / (1 + s * t));
                    }
                } else {
                    for (int c = 0; c < cols; c++) {
                        double s = tu[o + c];
                        a[o + c] = (s + t) / (1 + s * t);
                    }
                }
                identityPoints += cols;
            } else {
                mixed(o, t, u, v[i * units + k], a);
            }
        }
    }

    /** One unit's row where some denominators are too small: those points go the direct way. */
    private void mixed(int o, double t, double[] u, double vk, double[] a) {
        for (int c = 0; c < cols; c++) {
            double s = tu[o + c];
            double d = 1 + s * t;
            if (d >= MIN_DENOMINATOR) {
                double q = (s + t) / d;
                a[o + c] = sigmoid ? 0.5 + 0.5 * q : q;
                identityPoints++;
            } else {
                a[o + c] = f.apply(u[o + c] + vk);
                directPoints++;
            }
        }
    }
}
