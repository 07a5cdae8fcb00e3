package org.backpropstudio.surface;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Optimizer;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Trainer;

/**
 * Several optimizers racing down the same loss surface from the same start. Only the two chosen
 * parameters move; every other parameter stays at its start value, so each path lies exactly on
 * the surface {@link LossSurface} samples over those two parameters. Each step takes the whole
 * training set as one batch: the engine's gradient ({@link Trainer#gradient}) of the mean loss,
 * of which the two chosen entries go through the engine's own update rule ({@link Optimizer#step}
 * on a two-value vector).
 *
 * <p><b>No regularization.</b> The race descends the mean training loss without a penalty, the
 * very function the bowl draws, whatever the experiment's regularization: with a penalty the
 * paths would roll down a different surface from the one under them.
 *
 * <p><b>Divergence.</b> A racer stops, as the trainer does, at the first step that would make the
 * loss, the gradient or a parameter non-finite, and also when the loss passes
 * {@value #DIVERGENCE_FACTOR} times the larger of the start loss and 1: by then the path has
 * left any picture of the bowl. The refused step is not recorded.
 *
 * <p>Immutable after construction (it holds a private copy of the start, which it only reads):
 * several threads may call {@link #run} at once, each call working on its own copy.
 */
public final class OptimizerRace {
    /** A racer stops when its loss passes this many times max(start loss, 1). */
    public static final double DIVERGENCE_FACTOR = 1e3;
    /** The too-high learning rate is this over the largest curvature: past 2 / lambda, SGD overshoots more each step. */
    public static final double TOO_HIGH_FACTOR = 2.2;
    /** The momentum of the default momentum racer. */
    public static final double MOMENTUM = 0.9;
    /** Most steps a race may take. */
    public static final int MAX_STEPS = 100_000;

    /** Style classes of the default racers (also the keys the UI names and colours them by). */
    public static final String SGD = "race-sgd";
    public static final String MOMENTUM_SGD = "race-momentum";
    public static final String ADAM = "race-adam";
    public static final String TOO_HIGH = "race-too-high";

    /** One competitor: the name a legend shows, the style class that colours it, its optimizer. */
    public record Racer(String label, String styleClass, OptimizerConfig config) {
        public Racer {
            if (label == null || styleClass == null || config == null) {
                throw new IllegalArgumentException("a racer needs a label, a style class and an optimizer");
            }
        }
    }

    private final Network start;
    private final Loss loss;
    private final Dataset data;
    private final ParameterName x;
    private final ParameterName y;
    private final int ix;
    private final int iy;
    private final double startLoss;

    /**
     * @param network the start (copied); its current parameters are every racer's start
     * @param loss    the loss the network trains on
     * @param data    the training set (the whole set is every step's batch)
     * @param x       the first parameter to move
     * @param y       the second parameter to move, not the same as {@code x}
     * @throws IllegalArgumentException when the names do not fit the network, are the same, the data
     *                                  are empty or do not fit, or the loss at the start is not finite
     */
    public OptimizerRace(Network network, Loss loss, Dataset data, ParameterName x, ParameterName y) {
        this.start = network.copy();
        this.loss = loss;
        this.data = data;
        this.x = ParameterName.parse(x.toString(), start);
        this.y = ParameterName.parse(y.toString(), start);
        if (this.x.equals(this.y)) {
            throw new IllegalArgumentException("the race needs two different parameters, got " + x + " twice");
        }
        if (!loss.accepts(start.outputLayer().activation())) {
            throw new IllegalArgumentException(loss.id() + " needs a sigmoid or softmax output layer");
        }
        this.ix = this.x.index(start);
        this.iy = this.y.index(start);
        this.startLoss = Trainer.gradient(start, loss, Regularization.NONE, data).loss(); // checks the data
        if (!Double.isFinite(startLoss)) {
            throw new IllegalArgumentException("the loss at the start is not finite");
        }
    }

    public ParameterName x() { return x; }

    public ParameterName y() { return y; }

    /** The first parameter's value at the start. */
    public double x0() { return start.parameter(ix); }

    /** The second parameter's value at the start. */
    public double y0() { return start.parameter(iy); }

    /** The training loss at the start. */
    public double startLoss() { return startLoss; }

    /** The loss past which a racer counts as diverged. */
    public double bound() {
        return DIVERGENCE_FACTOR * Math.max(startLoss, 1);
    }

    /** A copy of the start network with the two raced parameters set to {@code xv} and {@code yv}. */
    public Network networkAt(double xv, double yv) {
        Network n = start.copy();
        n.setParameter(ix, xv);
        n.setParameter(iy, yv);
        return n;
    }

    /**
     * The largest eigenvalue of the loss's 2 x 2 Hessian over the two parameters at the start,
     * from central differences of the engine's gradient (symmetrised). On a quadratic bowl (a
     * linear unit with MSE) this is exact up to rounding; elsewhere it is the curvature where the
     * race begins. NaN when the differences are not finite.
     */
    public double curvature() {
        Network probe = start.copy();
        double[][] h = new double[2][2];
        int[] idx = {ix, iy};
        for (int i = 0; i < 2; i++) {
            double v = start.parameter(idx[i]);
            double step = 1e-4 * Math.max(1, Math.abs(v));
            probe.setParameter(idx[i], v + step);
            double[] up = Trainer.gradient(probe, loss, Regularization.NONE, data).gradient();
            probe.setParameter(idx[i], v - step);
            double[] down = Trainer.gradient(probe, loss, Regularization.NONE, data).gradient();
            probe.setParameter(idx[i], v);
            double dx = (v + step) - (v - step); // the step as it is represented
            h[i][0] = (up[ix] - down[ix]) / dx;
            h[i][1] = (up[iy] - down[iy]) / dx;
        }
        return largestEigenvalue(h[0][0], (h[0][1] + h[1][0]) / 2, h[1][1]);
    }

    /** The larger eigenvalue of the symmetric matrix [[a, b], [b, c]]. */
    static double largestEigenvalue(double a, double b, double c) {
        double mean = (a + c) / 2;
        double half = (a - c) / 2;
        return mean + Math.hypot(half, b);
    }

    /**
     * A learning rate at which SGD overshoots the bottom by more every step:
     * {@value #TOO_HIGH_FACTOR} / lambda for the largest curvature lambda at the start, and at
     * least twice {@code learningRate} (so it is higher than the well-chosen rate even when that
     * one is already too high). When the curvature is not positive (a flat or saddle-shaped start)
     * there is no such rate from the curvature, and ten times {@code learningRate} is used.
     */
    public double tooHighRate(double learningRate) {
        double lambda = curvature();
        double fromCurvature = lambda > 0 && Double.isFinite(lambda) ? TOO_HIGH_FACTOR / lambda : 10 * learningRate;
        return Math.max(fromCurvature, 2 * learningRate);
    }

    /** The default race with the too-high rate from {@link #tooHighRate}. */
    public List<Racer> defaults(double learningRate) {
        return defaults(learningRate, tooHighRate(learningRate));
    }

    /**
     * A race for a lesson: SGD at {@code learningRate}, momentum {@value #MOMENTUM} at the same
     * rate, Adam at {@link #adamRate} and SGD at {@code tooHigh}. Labels are English; a user
     * interface relabels them by style class.
     */
    public static List<Racer> defaults(double learningRate, double tooHigh) {
        return List.of(
                new Racer("SGD \u03b7 = " + rate(learningRate), SGD, OptimizerConfig.sgd(learningRate)),
                new Racer("momentum " + rate(MOMENTUM) + ", \u03b7 = " + rate(learningRate), MOMENTUM_SGD,
                        OptimizerConfig.momentum(learningRate, MOMENTUM)),
                new Racer("Adam \u03b7 = " + rate(adamRate(learningRate)), ADAM, OptimizerConfig.adam(adamRate(learningRate))),
                new Racer("SGD \u03b7 = " + rate(tooHigh) + " (too high)", TOO_HIGH, OptimizerConfig.sgd(tooHigh)));
    }

    /**
     * Adam's rate in the default race. Adam's first steps move each parameter by about its rate
     * whatever the slope, so its rate is a distance per step, not a multiple of the gradient: the
     * SGD rate, kept between 0.01 and 0.05 so that the path neither crawls nor circles wide around the bottom.
     */
    public static double adamRate(double learningRate) {
        return Math.max(0.01, Math.min(0.05, learningRate));
    }

    /** A rate in at most three significant digits, e.g. "0.05", "2.2", "0.000123". */
    static String rate(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /**
     * Runs every racer for {@code steps} updates (fewer if it diverges), one after the other.
     *
     * @throws CancellationException when {@code cancelled} turns true before the end
     */
    public RaceResult run(List<Racer> racers, int steps, BooleanSupplier cancelled) {
        List<RacePath> paths = new ArrayList<>(racers.size());
        for (Racer r : racers) {
            paths.add(run(r, steps, cancelled));
        }
        return new RaceResult(x, y, x0(), y0(), steps, paths);
    }

    /**
     * Runs one racer for {@code steps} updates, or until it diverges.
     *
     * @throws CancellationException when {@code cancelled} turns true before the end
     */
    public RacePath run(Racer racer, int steps, BooleanSupplier cancelled) {
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be from 0 to " + MAX_STEPS + ", got " + steps);
        }
        Network probe = start.copy();
        Optimizer optimizer = new Optimizer(racer.config(), 2);
        double[] p = {x0(), y0()};
        double[] g = new double[2];
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        double[] ls = new double[steps + 1];
        double bound = bound();
        int k = 0;
        String cause = null;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("a newer race was requested");
            }
            probe.setParameter(ix, p[0]);
            probe.setParameter(iy, p[1]);
            Trainer.BatchGradient bg = Trainer.gradient(probe, loss, Regularization.NONE, data);
            double l = bg.loss();
            if (!Double.isFinite(l)) {
                cause = "the loss became " + describe(l);
                break;
            }
            if (l > bound) {
                cause = "the loss passed " + rate(bound) + ", " + rate(DIVERGENCE_FACTOR) + " times the start's";
                break;
            }
            xs[k] = p[0];
            ys[k] = p[1];
            ls[k] = l;
            k++;
            if (k > steps) {
                break;
            }
            g[0] = bg.gradient()[ix];
            g[1] = bg.gradient()[iy];
            if (!Double.isFinite(g[0]) || !Double.isFinite(g[1])) {
                cause = "the gradient of " + (Double.isFinite(g[0]) ? y : x) + " became "
                        + describe(Double.isFinite(g[0]) ? g[1] : g[0]);
                break;
            }
            if (!optimizer.step(p, g)) {
                cause = "a parameter or the optimizer's state would become infinite";
                break;
            }
        }
        int divergedAt = cause == null ? -1 : k;
        return new RacePath(racer.label(), racer.styleClass(), java.util.Arrays.copyOf(xs, k),
                java.util.Arrays.copyOf(ys, k), java.util.Arrays.copyOf(ls, k), divergedAt, racer.config(), cause);
    }

    private static String describe(double v) {
        return Double.isNaN(v) ? "NaN (not a number)" : "infinite";
    }
}
