package org.backpropstudio.engine;

import java.util.Locale;

/**
 * Activation functions {@code a = f(z)}, each with its derivative written beside it.
 * {@link #SOFTMAX} acts on a whole layer and is allowed for an output layer only.
 */
public enum Activation {
    /** f(z) = z. */
    LINEAR("linear"),
    /** f(z) = max(0, z); f'(z) = 1 for z &gt; 0, else 0. */
    RELU("relu"),
    /** f(z) = z for z &gt; 0, else 0.01 z. */
    LEAKY_RELU("leaky-relu"),
    /** f(z) = 1 / (1 + e^-z); f'(z) = a (1 - a). */
    SIGMOID("sigmoid"),
    /** f(z) = tanh z; f'(z) = 1 - a^2. */
    TANH("tanh"),
    /** a_j = e^{z_j} / sum_k e^{z_k}; output layer only. */
    SOFTMAX("softmax");

    /** Slope of {@link #LEAKY_RELU} for negative z. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in experiment files and on the command line. */
    public String id() {
        return id;
    }

    /** True when each unit's output depends on its own z only (all but softmax). */
    public boolean isElementwise() {
        return this != SOFTMAX;
    }

    /** Looks an activation up by its file name, or returns null. */
    public static Activation byId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        return null;
    }

    /** The list of names, for error messages: "linear, relu, ...". */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Activation a : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.id);
        }
        return sb.toString();
    }

    /** f(z) for an element-wise activation. */
    public double apply(double z) {
        switch (this) {
            case LINEAR: return z;
            case RELU: return z > 0 ? z : 0;
            case LEAKY_RELU: return z > 0 ? z : LEAKY_SLOPE * z;
            case SIGMOID: return sigmoid(z);
            case TANH: return tanh(z);
            default: throw new UnsupportedOperationException(name().toLowerCase(Locale.ROOT) + " acts on a whole layer");
        }
    }

    /**
     * f'(z) given z and a = f(z). For softmax this is the diagonal of its Jacobian,
     * a (1 - a); the full Jacobian is applied by {@link Loss#outputDelta}.
     */
    public double derivative(double z, double a) {
        switch (this) {
            case LINEAR: return 1;
            case RELU: return z > 0 ? 1 : 0;
            case LEAKY_RELU: return z > 0 ? 1 : LEAKY_SLOPE;
            case SIGMOID: return a * (1 - a);
            case TANH: return 1 - a * a;
            case SOFTMAX: return a * (1 - a);
            default: throw new AssertionError(this);
        }
    }

    /** Applies the activation to {@code n} values: {@code a[ao+i] = f(z[zo+i])}. */
    public void forward(double[] z, int zo, double[] a, int ao, int n) {
        switch (this) {
            case LINEAR:
                System.arraycopy(z, zo, a, ao, n);
                break;
            case RELU:
                for (int i = 0; i < n; i++) {
                    double v = z[zo + i];
                    a[ao + i] = v > 0 ? v : 0;
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < n; i++) {
                    double v = z[zo + i];
                    a[ao + i] = v > 0 ? v : LEAKY_SLOPE * v;
                }
                break;
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    a[ao + i] = sigmoid(z[zo + i]);
                }
                break;
            case TANH:
                for (int i = 0; i < n; i++) {
                    a[ao + i] = tanh(z[zo + i]);
                }
                break;
            case SOFTMAX: {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    max = Math.max(max, z[zo + i]);
                }
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double e = Math.exp(z[zo + i] - max);
                    a[ao + i] = e;
                    sum += e;
                }
                for (int i = 0; i < n; i++) {
                    a[ao + i] /= sum;
                }
                break;
            }
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * tanh z from the intrinsic {@link Math#exp} (about 4x faster than {@link Math#tanh} on
     * Java 17, where that one is not intrinsified). For |z| &lt; 0.1 the Taylor series through
     * z^13 avoids the cancellation in 1 - e^-2|z| (truncation error below 2e-17 relative);
     * elsewhere the error stays within a few ulp.
     */
    static double tanh(double z) {
        double x = Math.abs(z);
        if (x < 0.1) {
            double q = z * z;
            return z * (1 + q * (-1.0 / 3 + q * (2.0 / 15 + q * (-17.0 / 315 + q * (62.0 / 2835
                    + q * (-1382.0 / 155925 + q * (21844.0 / 6081075)))))));
        }
        double e = Math.exp(-2 * x);
        double t = (1 - e) / (1 + e);
        return z < 0 ? -t : t;
    }

    /**
     * For a hidden layer: {@code delta[o+i] = dEda[o+i] * f'(z[o+i])} for {@code n} units,
     * with the switch outside the loop.
     */
    public void delta(double[] dEda, double[] z, double[] a, double[] delta, int o, int n) {
        switch (this) {
            case LINEAR:
                System.arraycopy(dEda, o, delta, o, n);
                break;
            case RELU:
                for (int i = o; i < o + n; i++) {
                    delta[i] = z[i] > 0 ? dEda[i] : 0;
                }
                break;
            case LEAKY_RELU:
                for (int i = o; i < o + n; i++) {
                    delta[i] = z[i] > 0 ? dEda[i] : LEAKY_SLOPE * dEda[i];
                }
                break;
            case SIGMOID:
                for (int i = o; i < o + n; i++) {
                    delta[i] = dEda[i] * (a[i] * (1 - a[i]));
                }
                break;
            case TANH:
                for (int i = o; i < o + n; i++) {
                    delta[i] = dEda[i] * (1 - a[i] * a[i]);
                }
                break;
            default:
                throw new UnsupportedOperationException(id + " is for output layers only");
        }
    }

    /** The logistic function, written so that it never overflows. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
