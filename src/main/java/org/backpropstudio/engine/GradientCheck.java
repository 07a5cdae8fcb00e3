package org.backpropstudio.engine;

import org.backpropstudio.data.Dataset;

/**
 * Compares backpropagation's gradient with central finite differences of the same objective
 * (mean batch loss plus penalty), using the five-point stencil
 * (-L(p+2h) + 8 L(p+h) - 8 L(p-h) + L(p-2h)) / 12h, whose error shrinks as h^4.
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

    /**
     * Denominator floor: for gradients smaller than this the comparison becomes absolute
     * (|a - n| &lt; 1e-11 passes a 1e-6 relative test), because the finite differences of a
     * loss of a few units carry rounding noise of about 1e-12 (machine epsilon times the loss,
     * over h = 1e-4), and a dead unit's gradient is exactly 0.
     */
    public static final double FLOOR = 1e-5;

    public static Result check(Network net, Loss loss, Regularization reg, Dataset set, double h) {
        Network probe = net.copy();
        double[] analytic = Trainer.gradient(probe, loss, reg, set).gradient();
        double[] numeric = new double[analytic.length];
        double worstErr = 0;
        int worst = -1;
        for (int i = 0; i < numeric.length; i++) {
            double p0 = probe.parameter(i);
            double plus2 = objectiveAt(probe, i, p0 + 2 * h, loss, reg, set);
            double plus = objectiveAt(probe, i, p0 + h, loss, reg, set);
            double minus = objectiveAt(probe, i, p0 - h, loss, reg, set);
            double minus2 = objectiveAt(probe, i, p0 - 2 * h, loss, reg, set);
            probe.setParameter(i, p0);
            numeric[i] = (-plus2 + 8 * plus - 8 * minus + minus2) / (12 * h);
            double err = Math.abs(analytic[i] - numeric[i])
                    / Math.max(Math.abs(analytic[i]) + Math.abs(numeric[i]), FLOOR);
            if (err > worstErr || worst < 0) {
                worstErr = err;
                worst = i;
            }
        }
        return new Result(analytic, numeric, worstErr, worst);
    }

    private static double objectiveAt(Network net, int i, double value, Loss loss, Regularization reg, Dataset set) {
        net.setParameter(i, value);
        return Trainer.evaluate(net, loss, set) + reg.penalty(net);
    }
}
