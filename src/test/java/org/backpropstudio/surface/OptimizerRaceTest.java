package org.backpropstudio.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.surface.OptimizerRace.Racer;
import org.backpropstudio.ui.studio.Presets;
import org.junit.jupiter.api.Test;

class OptimizerRaceTest {

    /** One input, one linear unit: z = w x + b. */
    static Network linearUnit(double w, double b) {
        Network n = new Network(1, new int[] {1}, new Activation[] {Activation.LINEAR});
        n.setWeight(0, 0, 0, w);
        n.setBias(0, 0, b);
        return n;
    }

    static OptimizerRace lineRace(Network net, Dataset data) {
        return new OptimizerRace(net, Loss.MSE, data, ParameterName.weight(0, 0, 0), ParameterName.bias(0, 0));
    }

    /** A few points near the line y = 0.7 x - 0.2. */
    static Dataset smallLine() {
        double[] x = {-1, -0.6, -0.1, 0.3, 0.8, 1};
        double[] y = new double[x.length];
        double[] noise = {0.05, -0.03, 0.02, -0.04, 0.01, 0.03};
        for (int i = 0; i < x.length; i++) {
            y[i] = 0.7 * x[i] - 0.2 + noise[i];
        }
        return new Dataset(1, 1, x, y);
    }

    /** dE/dw and dE/db of E = mean over samples of 1/2 (w x + b - y)^2, in closed form. */
    static double[] lineGradient(Dataset d, double w, double b) {
        double gw = 0;
        double gb = 0;
        for (int i = 0; i < d.size(); i++) {
            double r = w * d.x(i, 0) + b - d.y(i, 0);
            gw += r * d.x(i, 0);
            gb += r;
        }
        return new double[] {gw / d.size(), gb / d.size()};
    }

    /** The least-squares line (w*, b*) through the data, from the normal equations. */
    static double[] leastSquares(Dataset d) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = d.size();
        for (int i = 0; i < n; i++) {
            double x = d.x(i, 0);
            double y = d.y(i, 0);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double w = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {w, (sy - w * sx) / n};
    }

    @Test
    void sgdIsGradientDescentByHandOnALinearUnit() {
        Dataset d = smallLine();
        OptimizerRace race = lineRace(linearUnit(-1.5, 1.5), d);
        RacePath p = race.run(new Racer("sgd", "s", OptimizerConfig.sgd(0.3)), 60, () -> false);
        assertEquals(61, p.points());
        assertFalse(p.diverged());
        double w = -1.5;
        double b = 1.5;
        for (int k = 0; k <= 60; k++) {
            assertEquals(w, p.x(k), 1e-12, "w at step " + k);
            assertEquals(b, p.y(k), 1e-12, "b at step " + k);
            double e = 0;
            for (int i = 0; i < d.size(); i++) {
                double r = w * d.x(i, 0) + b - d.y(i, 0);
                e += 0.5 * r * r;
            }
            assertEquals(e / d.size(), p.loss(k), 1e-12, "loss at step " + k);
            double[] g = lineGradient(d, w, b);
            w -= 0.3 * g[0];
            b -= 0.3 * g[1];
        }
    }

    @Test
    void momentumAndAdamTakeTheirFormulasFirstSteps() {
        Dataset d = smallLine();
        OptimizerRace race = lineRace(linearUnit(-1.5, 1.5), d);
        double eta = 0.1;
        double mu = 0.8;
        RacePath m = race.run(new Racer("m", "m", OptimizerConfig.momentum(eta, mu)), 2, () -> false);
        double[] g0 = lineGradient(d, -1.5, 1.5);
        double[] v1 = {-eta * g0[0], -eta * g0[1]};
        double[] p1 = {-1.5 + v1[0], 1.5 + v1[1]};
        assertEquals(p1[0], m.x(1), 1e-14);
        assertEquals(p1[1], m.y(1), 1e-14);
        double[] g1 = lineGradient(d, p1[0], p1[1]);
        assertEquals(p1[0] + mu * v1[0] - eta * g1[0], m.x(2), 1e-14);
        assertEquals(p1[1] + mu * v1[1] - eta * g1[1], m.y(2), 1e-14);

        double lr = 0.05;
        RacePath a = race.run(new Racer("a", "a", OptimizerConfig.adam(lr)), 2, () -> false);
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        // step 1: the bias-corrected moments are g and g^2, so each parameter moves by lr against its slope
        double[] q1 = new double[2];
        double[] mom = new double[2];
        double[] sq = new double[2];
        for (int i = 0; i < 2; i++) {
            mom[i] = (1 - b1) * g0[i];
            sq[i] = (1 - b2) * g0[i] * g0[i];
            q1[i] = (i == 0 ? -1.5 : 1.5) - lr * (mom[i] / (1 - b1)) / (Math.sqrt(sq[i] / (1 - b2)) + eps);
        }
        assertEquals(-1.5 + lr * Math.signum(-g0[0]), a.x(1), 1e-9, "about lr against the slope");
        assertEquals(q1[0], a.x(1), 1e-14);
        assertEquals(q1[1], a.y(1), 1e-14);
        double[] ga = lineGradient(d, q1[0], q1[1]);
        double[] q2 = new double[2];
        for (int i = 0; i < 2; i++) {
            double mi = b1 * mom[i] + (1 - b1) * ga[i];
            double vi = b2 * sq[i] + (1 - b2) * ga[i] * ga[i];
            q2[i] = q1[i] - lr * (mi / (1 - b1 * b1)) / (Math.sqrt(vi / (1 - b2 * b2)) + eps);
        }
        assertEquals(q2[0], a.x(2), 1e-14);
        assertEquals(q2[1], a.y(2), 1e-14);
    }

    @Test
    void theWellTunedRacersReachTheLeastSquaresLineOfTheBowlLesson() {
        Experiment e = Presets.get("line-bowl");
        Network net = e.buildNetwork();
        Dataset d = e.train();
        OptimizerRace race = lineRace(net, d);
        double[] best = leastSquares(d);
        double eta = e.optimizer().learningRate();
        RaceResult r = race.run(race.defaults(eta), 3000, () -> false);
        for (String key : List.of(OptimizerRace.SGD, OptimizerRace.MOMENTUM_SGD, OptimizerRace.ADAM)) {
            RacePath p = r.path(key);
            assertFalse(p.diverged(), key);
            assertEquals(3001, p.points(), key);
            assertEquals(best[0], p.x(3000), 1e-6, key + " w");
            assertEquals(best[1], p.y(3000), 1e-6, key + " b");
            assertTrue(p.loss(3000) < p.loss(0) / 100, key);
        }
        assertEquals(race.x0(), r.x0());
        assertEquals(-1.5, r.x0(), "the preset's start");
        assertEquals(1.5, r.y0());
    }

    @Test
    void theCurvatureOfTheBowlIsItsHessiansLargestEigenvalue() {
        Experiment e = Presets.get("line-bowl");
        Dataset d = e.train();
        OptimizerRace race = lineRace(e.buildNetwork(), d);
        // E = mean 1/2 (w x + b - y)^2 has the constant Hessian [[mean x^2, mean x], [mean x, 1]]
        double mx = 0;
        double mxx = 0;
        for (int i = 0; i < d.size(); i++) {
            mx += d.x(i, 0) / d.size();
            mxx += d.x(i, 0) * d.x(i, 0) / d.size();
        }
        double lambda = (mxx + 1) / 2 + Math.sqrt((mxx - 1) * (mxx - 1) / 4 + mx * mx);
        assertEquals(lambda, race.curvature(), 1e-7 * lambda);
        assertEquals(2.2 / lambda, race.tooHighRate(0.05), 1e-6);
        assertEquals(2, OptimizerRace.largestEigenvalue(2, 0, 1), 1e-15);
        assertEquals(2, OptimizerRace.largestEigenvalue(1, 1, 1), 1e-15);
        assertEquals(Math.sqrt(2), OptimizerRace.largestEigenvalue(1, 1, -1), 1e-15);
        assertEquals(3, race.tooHighRate(1.5), 1e-15, "never below twice the well-chosen rate");
    }

    @Test
    void theTooHighRateOvershootsMoreEveryStepWhileTheLessonsRateConverges() {
        Experiment e = Presets.get("line-bowl");
        Dataset d = e.train();
        OptimizerRace race = lineRace(e.buildNetwork(), d);
        double eta = e.optimizer().learningRate();
        RaceResult r = race.run(race.defaults(eta), 200, () -> false);

        RacePath fine = r.path(OptimizerRace.SGD);
        assertFalse(fine.diverged());
        for (int k = 1; k < fine.points(); k++) {
            assertTrue(fine.loss(k) < fine.loss(k - 1), "SGD at eta goes down every step: " + k);
        }

        RacePath high = r.path(OptimizerRace.TOO_HIGH);
        assertEquals(race.tooHighRate(eta), high.config().learningRate());
        assertTrue(high.diverged(), high.toString());
        assertTrue(high.divergedAt() > 5 && high.divergedAt() < 60, "visible for a while, then stopped: " + high);
        assertEquals(high.divergedAt(), high.points());
        assertTrue(high.cause().contains("passed"), high.cause());
        // b is the steep direction of this bowl (mean x is near 0, mean x^2 near 1/3): it jumps
        // across the bottom every step, farther each time
        double bStar = leastSquares(d)[1];
        int flips = 0;
        for (int k = 6; k < high.points(); k++) {
            double before = high.y(k - 1) - bStar;
            double now = high.y(k) - bStar;
            if (Math.signum(before) != Math.signum(now)) {
                flips++;
            }
            assertTrue(Math.abs(now) > Math.abs(before), "farther from b* each step: " + k);
            assertTrue(high.loss(k) > high.loss(k - 1), "the loss grows: " + k);
        }
        assertEquals(high.points() - 6, flips, "b - b* changes sign at every step");
        // the refused step would indeed have passed the bound
        int last = high.points() - 1;
        double[] g = lineGradient(d, high.x(last), high.y(last));
        double rate = high.config().learningRate();
        Network next = linearUnit(high.x(last) - rate * g[0], high.y(last) - rate * g[1]);
        assertTrue(Trainer.evaluate(next, Loss.MSE, d) > race.bound());
        assertTrue(high.loss(last) <= race.bound());
    }

    static Network tanh221() {
        Network n = new Network(2, new int[] {2, 1}, new Activation[] {Activation.TANH, Activation.TANH});
        Initializer.XAVIER.initialize(n, new Rng(9));
        return n;
    }

    @Test
    void everyPointsLossIsTheEnginesLossWithOnlyThoseTwoValuesChanged() {
        Network net = tanh221();
        Dataset d = Generators.generate("xor", 40, 0.1, 0, 3).train();
        ParameterName x = ParameterName.parse("w:0:1:0", net);
        ParameterName y = ParameterName.parse("b:1:0", net);
        OptimizerRace race = new OptimizerRace(net, Loss.MSE, d, x, y);
        RaceResult r = race.run(race.defaults(0.2), 80, () -> false);
        assertEquals(4, r.paths().size());
        for (RacePath p : r.paths()) {
            assertTrue(p.points() > 5, p.toString());
            for (int k = 0; k < p.points(); k++) {
                Network probe = net.copy();
                probe.setParameter(x.index(net), p.x(k));
                probe.setParameter(y.index(net), p.y(k));
                double expected = Trainer.evaluate(probe, Loss.MSE, d);
                assertEquals(expected, p.loss(k), 1e-14 * Math.max(1, expected), p.label() + " at " + k);
            }
        }
    }

    @Test
    void onlyTheTwoChosenParametersOfATanhNetworkMove() {
        Network net = tanh221();
        Dataset d = Generators.generate("xor", 40, 0.1, 0, 3).train();
        ParameterName x = ParameterName.parse("w:0:0:1", net);
        ParameterName y = ParameterName.parse("w:1:0:1", net);
        int ix = x.index(net);
        int iy = y.index(net);
        OptimizerRace race = new OptimizerRace(net, Loss.MSE, d, x, y);
        double eta = 0.5;
        RacePath p = race.run(new Racer("sgd", "s", OptimizerConfig.sgd(eta)), 30, () -> false);

        // the trainer, with the whole set as its batch, moves every parameter: its first step agrees
        // with the race on the two chosen ones, and its second does not, since the others moved
        Trainer full = new Trainer(net.copy(), Loss.MSE, OptimizerConfig.sgd(eta), Regularization.NONE, d, d.size(),
                false, new Rng(1));
        full.step();
        assertEquals(full.network().parameter(ix), p.x(1), 1e-15);
        assertEquals(full.network().parameter(iy), p.y(1), 1e-15);
        int moved = 0;
        for (int i = 0; i < net.parameterCount(); i++) {
            moved += full.network().parameter(i) != net.parameter(i) ? 1 : 0;
        }
        assertEquals(net.parameterCount(), moved, "the trainer moved all " + net.parameterCount());
        full.step();
        assertNotEquals(full.network().parameter(ix), p.x(2));

        // gradient descent on the two values, every other parameter frozen at its start
        Network frozen = net.copy();
        double[] v = {net.parameter(ix), net.parameter(iy)};
        for (int k = 0; k <= 30; k++) {
            assertEquals(v[0], p.x(k), 1e-14, "x at " + k);
            assertEquals(v[1], p.y(k), 1e-14, "y at " + k);
            frozen.setParameter(ix, v[0]);
            frozen.setParameter(iy, v[1]);
            double[] g = Trainer.gradient(frozen, Loss.MSE, Regularization.NONE, d).gradient();
            v[0] -= eta * g[ix];
            v[1] -= eta * g[iy];
        }
        Network at = race.networkAt(p.x(30), p.y(30));
        for (int i = 0; i < net.parameterCount(); i++) {
            if (i != ix && i != iy) {
                assertEquals(net.parameter(i), at.parameter(i), "parameter " + ParameterName.of(net, i) + " stays");
            }
        }
        assertNotEquals(net.parameter(ix), at.parameter(ix));
    }

    @Test
    void aNewerRaceCancelsThisOne() {
        OptimizerRace race = lineRace(linearUnit(0, 0), smallLine());
        AtomicInteger checks = new AtomicInteger();
        assertThrows(CancellationException.class,
                () -> race.run(race.defaults(0.1), 100, () -> checks.incrementAndGet() > 50));
        assertEquals(51, checks.get(), "stops at the first check after the request");
    }

    @Test
    void aPathIsImmutableAndConsistent() {
        OptimizerRace race = lineRace(linearUnit(0, 0), smallLine());
        RacePath p = race.run(new Racer("sgd", "s", OptimizerConfig.sgd(0.1)), 3, () -> false);
        double[] xs = p.xs();
        xs[1] = 99;
        assertNotEquals(99, p.x(1));
        assertNull(p.cause());
        assertEquals(-1, p.divergedAt());
        assertEquals(3, p.steps());
        assertThrows(IllegalArgumentException.class,
                () -> new RacePath("a", "s", new double[2], new double[2], new double[2], 5, OptimizerConfig.sgd(1), "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new RacePath("a", "s", new double[2], new double[2], new double[2], 2, OptimizerConfig.sgd(1), null));
        RacePath zero = race.run(new Racer("sgd", "s", OptimizerConfig.sgd(0.1)), 0, () -> false);
        assertEquals(1, zero.points(), "the start alone");
    }

    @Test
    void refusesWhatIsNotARace() {
        Network net = tanh221();
        Dataset d = Generators.generate("xor", 10, 0.1, 0, 3).train();
        ParameterName w = ParameterName.parse("w:0:0:1", net);
        assertThrows(IllegalArgumentException.class, () -> new OptimizerRace(net, Loss.MSE, d, w, w));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerRace(net, Loss.MSE, d, w, ParameterName.weight(5, 0, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerRace(net, Loss.MSE, Dataset.empty(2, 1), w, ParameterName.bias(1, 0)));
        OptimizerRace race = new OptimizerRace(net, Loss.MSE, d, w, ParameterName.bias(1, 0));
        assertThrows(IllegalArgumentException.class, () -> race.run(race.defaults(0.1), -1, () -> false));
        assertEquals("0.05", OptimizerRace.rate(0.05));
        assertEquals("2.19", OptimizerRace.rate(2.1912));
        assertEquals("2280", OptimizerRace.rate(2277.4));
    }
}
