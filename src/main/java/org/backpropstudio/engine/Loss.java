package org.backpropstudio.engine;

/**
 * Per-sample error functions E(y, a) of the output layer. A batch's loss is the mean of
 * its samples' losses.
 */
public enum Loss {
    /** E = 1/2 * sum_j (y_j - a_j)^2, as the lesson writes it. */
    MSE("mse"),
    /**
     * After a softmax output E = -sum_j y_j ln a_j; after sigmoid outputs
     * E = -sum_j [y_j ln a_j + (1 - y_j) ln(1 - a_j)].
     */
    CROSS_ENTROPY("cross-entropy");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Loss byId(String id) {
        for (Loss l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }

    public static String ids() {
        return "mse, cross-entropy";
    }

    /** Whether this loss can follow an output layer with the given activation. */
    public boolean accepts(Activation output) {
        return this == MSE || output == Activation.SIGMOID || output == Activation.SOFTMAX;
    }

    /**
     * The loss of one sample. Cross-entropy is computed from {@code z} (log-sum-exp and
     * softplus forms), so a saturated output gives a large finite loss, not infinity.
     */
    public double value(Activation out, double[] z, double[] a, int o, double[] y, int yo, int n) {
        double e = 0;
        if (this == MSE) {
            for (int j = 0; j < n; j++) {
                double d = y[yo + j] - a[o + j];
                e += d * d;
            }
            return 0.5 * e;
        }
        if (out == Activation.SOFTMAX) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                max = Math.max(max, z[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += Math.exp(z[o + j] - max);
            }
            double logSum = max + Math.log(sum);
            for (int j = 0; j < n; j++) {
                e -= y[yo + j] * (z[o + j] - logSum);
            }
            return e;
        }
        // sigmoid: -[y ln s(z) + (1-y) ln(1-s(z))] = max(z,0) - y z + ln(1 + e^-|z|)
        for (int j = 0; j < n; j++) {
            double zj = z[o + j];
            e += Math.max(zj, 0) - y[yo + j] * zj + Math.log1p(Math.exp(-Math.abs(zj)));
        }
        return e;
    }

    /** dE/da_j for one output unit. */
    public double dLossDOutput(double a, double y) {
        if (this == MSE) {
            return -(y - a);
        }
        // cross-entropy: -y/a + (1-y)/(1-a); a term whose weight is 0 is left out, so a
        // saturated output (a rounded to exactly 0 or 1) gives a finite number, not 0/0
        return (y == 0 ? 0 : -y / a) + (y == 1 ? 0 : (1 - y) / (1 - a));
    }

    /** dE/da_j for one output unit of a layer with the given activation. */
    public double dLossDOutput(Activation out, double a, double y) {
        if (this == CROSS_ENTROPY && out == Activation.SOFTMAX) {
            return y == 0 ? 0 : -y / a;
        }
        return dLossDOutput(a, y);
    }

    /**
     * The output layer's {@code delta = dE/dz} and {@code dE/da} for one sample. Cross-entropy
     * after sigmoid or softmax uses the exact simplification {@code delta = a - y}
     * (for softmax, {@code a * sum(y) - y}); a softmax
     * after mse applies the full Jacobian.
     */
    public void outputDelta(Activation out, double[] z, double[] a, int o, double[] y, int yo, int n,
                            double[] dEda, double[] delta) {
        if (this == CROSS_ENTROPY) {
            // sigmoid: delta = a - y. softmax: delta = a * sum_k y_k - y (= a - y for one-hot y).
            double scale = 1;
            if (out == Activation.SOFTMAX) {
                scale = 0;
                for (int k = 0; k < n; k++) {
                    scale += y[yo + k];
                }
            }
            for (int j = 0; j < n; j++) {
                double aj = a[o + j];
                double yj = y[yo + j];
                dEda[o + j] = dLossDOutput(out, aj, yj);
                delta[o + j] = aj * scale - yj;
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            dEda[o + j] = -(y[yo + j] - a[o + j]);
        }
        if (out.isElementwise()) {
            for (int j = 0; j < n; j++) {
                delta[o + j] = dEda[o + j] * out.derivative(z[o + j], a[o + j]);
            }
        } else {
            // softmax: dE/dz_j = a_j (dE/da_j - sum_k dE/da_k a_k)
            double dot = 0;
            for (int k = 0; k < n; k++) {
                dot += dEda[o + k] * a[o + k];
            }
            for (int j = 0; j < n; j++) {
                delta[o + j] = a[o + j] * (dEda[o + j] - dot);
            }
        }
    }
}
