package org.backpropstudio.engine;

import org.backpropstudio.data.Dataset;

/**
 * Compares backpropagation's gradient with central finite differences,
 * (L(p + h) - L(p - h)) / 2h, of the same objective (mean batch loss plus penalty).
 */
public final class GradientCheck {

    private GradientCheck() {
    }

    /**
     * @param analytic       gradient from backpropagation
     * @param numeric        gradient from central differences
     * @param maxRelativeError largest |analytic - numeric| / max(|analytic| + |numeric|, floor)
     * @param worst          index of the parameter with that error
     */
    public record Result(double[] analytic, double[] numeric, double maxRelativeError, int worst) {
    }

    /** Denominator floor, so that two gradients that are both about zero compare as equal. */
    public static final double FLOOR = 1e-8;

    public static Result check(Network net, Loss loss, Regularization reg, Dataset set, double h) {
        Network probe = net.copy();
        double[] analytic = Trainer.gradient(probe, loss, reg, set).gradient();
        double[] numeric = new double[analytic.length];
        double worstErr = 0;
        int worst = -1;
        for (int i = 0; i < numeric.length; i++) {
            double p0 = probe.parameter(i);
            probe.setParameter(i, p0 + h);
            double plus = objective(probe, loss, reg, set);
            probe.setParameter(i, p0 - h);
            double minus = objective(probe, loss, reg, set);
            probe.setParameter(i, p0);
            numeric[i] = (plus - minus) / (2 * h);
            double err = Math.abs(analytic[i] - numeric[i])
                    / Math.max(Math.abs(analytic[i]) + Math.abs(numeric[i]), FLOOR);
            if (err > worstErr || worst < 0) {
                worstErr = err;
                worst = i;
            }
        }
        return new Result(analytic, numeric, worstErr, worst);
    }

    private static double objective(Network net, Loss loss, Regularization reg, Dataset set) {
        return Trainer.evaluate(net, loss, set) + reg.penalty(net);
    }
}
