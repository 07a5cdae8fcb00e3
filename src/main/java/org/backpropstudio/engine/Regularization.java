package org.backpropstudio.engine;

/** A weight penalty and its rate; applies to weights only, not biases. */
public record Regularization(RegularizationType type, double rate) {

    public static final Regularization NONE = new Regularization(RegularizationType.NONE, 0);

    public Regularization {
        if (type == null) {
            throw new IllegalArgumentException("regularization type is missing");
        }
        if (!Double.isFinite(rate) || rate < 0) {
            throw new IllegalArgumentException("regularization rate must be 0 or more, got " + rate);
        }
    }

    public boolean isActive() {
        return type != RegularizationType.NONE && rate > 0;
    }

    /** The penalty term added to the batch loss. */
    public double penalty(Network net) {
        if (!isActive()) {
            return 0;
        }
        double[] p = net.rawParameters();
        double s = 0;
        for (DenseLayer d : net.layers()) {
            int end = d.weightOffset() + d.weightCount();
            for (int i = d.weightOffset(); i < end; i++) {
                s += type == RegularizationType.L2 ? 0.5 * p[i] * p[i] : Math.abs(p[i]);
            }
        }
        return rate * s;
    }

    /** Adds the penalty's gradient (rate * w for l2, rate * sign(w) for l1) to {@code grad}. */
    public void addGradient(Network net, double[] grad) {
        if (!isActive()) {
            return;
        }
        double[] p = net.rawParameters();
        for (DenseLayer d : net.layers()) {
            int end = d.weightOffset() + d.weightCount();
            for (int i = d.weightOffset(); i < end; i++) {
                grad[i] += type == RegularizationType.L2 ? rate * p[i] : rate * Math.signum(p[i]);
            }
        }
    }
}
