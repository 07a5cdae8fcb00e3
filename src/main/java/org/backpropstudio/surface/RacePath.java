package org.backpropstudio.surface;

import java.util.Arrays;

import org.backpropstudio.engine.OptimizerConfig;

/**
 * One racer's way down the loss surface: point {@code k} is (xs[k], ys[k]) after k updates and
 * loss[k] is the training loss there (point 0 is the common start). A racer that diverged stopped
 * before the refused step: {@code divergedAt} is that step's number (1-based, counting updates;
 * the arrays then hold the points 0 .. divergedAt - 1), or -1 when it ran all its steps.
 * Immutable: the arrays are copied in and out.
 *
 * @param label      the name shown in a legend, e.g. "SGD η = 0.05"
 * @param styleClass the CSS style class that colours this racer in every view, e.g. {@code race-adam}
 * @param xs         the first parameter's value at each point
 * @param ys         the second parameter's value at each point
 * @param loss       the training loss (mean over the training set, no penalty) at each point
 * @param divergedAt the refused step, or -1
 * @param config     the optimizer that moved the two parameters
 * @param cause      why the racer stopped early, in one English sentence; null when it did not
 */
public record RacePath(String label, String styleClass, double[] xs, double[] ys, double[] loss, int divergedAt,
                       OptimizerConfig config, String cause) {

    public RacePath {
        if (xs.length != ys.length || xs.length != loss.length || xs.length == 0) {
            throw new IllegalArgumentException("a path needs as many x, y and loss values, at least the start");
        }
        if (divergedAt != -1 && divergedAt != xs.length) {
            throw new IllegalArgumentException("a path that diverged ends just before the refused step " + divergedAt
                    + ", but it has " + xs.length + " points");
        }
        if ((divergedAt == -1) != (cause == null)) {
            throw new IllegalArgumentException("a cause goes with a divergence, and only with one");
        }
        xs = xs.clone();
        ys = ys.clone();
        loss = loss.clone();
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    /** Number of points, the start included. */
    public int points() {
        return xs.length;
    }

    /** Updates taken: points() - 1. */
    public int steps() {
        return xs.length - 1;
    }

    public double x(int k) {
        return xs[k];
    }

    public double y(int k) {
        return ys[k];
    }

    public double loss(int k) {
        return loss[k];
    }

    /** The loss at the last point reached. */
    public double lastLoss() {
        return loss[loss.length - 1];
    }

    public boolean diverged() {
        return divergedAt != -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RacePath p && p.label.equals(label) && p.styleClass.equals(styleClass)
                && Arrays.equals(p.xs, xs) && Arrays.equals(p.ys, ys) && Arrays.equals(p.loss, loss)
                && p.divergedAt == divergedAt && p.config.equals(config) && java.util.Objects.equals(p.cause, cause);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Arrays.hashCode(loss);
    }

    @Override
    public String toString() {
        return label + ": " + steps() + " steps, last loss " + lastLoss() + (diverged() ? ", diverged at step " + divergedAt : "");
    }
}
