package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.ui.studio.Presets;
import org.junit.jupiter.api.Test;

/** Slices of the bowl lesson's network: the values are the engine's loss, the planes hold the path. */
class BowlServiceTest {
    private static final ParameterName W = ParameterName.weight(0, 0, 0);
    private static final ParameterName B = ParameterName.bias(0, 0);

    private final Experiment lesson = Presets.get("line-bowl");
    private final Network start = lesson.buildNetwork();
    private final Dataset data = lesson.train();
    private final Loss loss = lesson.loss();

    private BowlRequest parameters(Network net, SliceWindow w, int grid, long version) {
        return new BowlRequest(version, BowlMode.PARAMETERS, 0, net.copy(), loss, data, W, B, grid, w, 1, List.of(), 1);
    }

    /** A training run's parameter vectors, start first. */
    private List<double[]> train(int steps) {
        Trainer t = lesson.newTrainer();
        List<double[]> path = new ArrayList<>();
        path.add(t.network().parameters());
        for (int i = 0; i < steps; i++) {
            t.step();
            path.add(t.network().parameters());
        }
        return path;
    }

    @Test
    void aSliceOfTwoParametersIsTheEngineLossOnTheWindowsGrid() {
        SliceWindow w = new SliceWindow(-0.4, 0.6, 1.5);
        BowlFrame f = BowlService.compute(parameters(start, w, 21, 3));
        SurfaceGrid g = f.grid();
        assertEquals(3, f.version());
        assertEquals(w, f.window());
        assertEquals(-1.9, g.xs()[0], 1e-12, "the grid spans the window, not the current point");
        assertEquals(2.1, g.ys()[20], 1e-12);
        Network probe = start.copy();
        for (int[] rc : new int[][] {{0, 0}, {5, 17}, {20, 20}, {10, 3}}) {
            probe.setParameter(W.index(probe), g.xs()[rc[1]]);
            probe.setParameter(B.index(probe), g.ys()[rc[0]]);
            assertEquals(Trainer.evaluate(probe, loss, data), g.loss()[rc[0]][rc[1]], 1e-12);
        }
        // one linear unit with MSE: the lowest grid point is the grid point nearest the least-squares fit
        int[] low = f.lowest();
        assertEquals(Generators.LINE_SLOPE, g.xs()[low[1]], 0.2);
        assertEquals(Generators.LINE_INTERCEPT, g.ys()[low[0]], 0.2);
        assertTrue(f.contours().size() >= 4, "contour levels: " + f.contours().size());
        assertTrue(f.scale().min() < f.scale().max());
        // the arrows point downhill: from the far corner towards the fit
        assertTrue(f.field().downX(20, 0) > 0 && f.field().downY(20, 0) < 0);
    }

    @Test
    void aPlaneOfPrincipalDirectionsHoldsThePathAndPassesThroughTheCurrentPoint() {
        List<double[]> path = train(60);
        Network now = start.copy();
        now.setParameters(path.get(path.size() - 1));
        BowlRequest r = new BowlRequest(1, BowlMode.PRINCIPAL_DIRECTIONS, 60, now, loss, data, W, B, 21, null,
                BowlModel.MIN_SPAN_PRINCIPAL, path, 1);
        BowlFrame f = BowlService.compute(r);
        assertTrue(f.ready());
        int n = path.size();
        assertEquals(n, f.pathX().length);
        assertEquals(0, f.pathX()[n - 1], 1e-12, "the current point is the plane's origin");
        assertEquals(0, f.pathY()[n - 1], 1e-12);
        assertEquals(0, f.offPlane()[n - 1], 1e-12);
        // a network of two parameters lies wholly in the plane of its two principal directions
        assertEquals(0, f.maxOffPlane(), 1e-9);
        for (int i = 0; i < n; i++) {
            assertTrue(f.window().contains(f.pathX()[i], f.pathY()[i]), "point " + i + " inside " + f.window());
        }
        // grid values are the loss at centre + alpha d1 + beta d2; check through the path: the start's loss
        // equals the slice's value there when the start lies on a grid point, so compare by interpolation error bound
        SurfaceGrid g = f.grid();
        int c = g.size() / 2;
        double alpha = g.xs()[c];
        double beta = g.ys()[c];
        // reconstruct the plane from two path points' coordinates: parameters are 2-D, so they are the plane
        double[] p0 = path.get(0);
        double[] pn = path.get(n - 1);
        double a0 = f.pathX()[0];
        double b0 = f.pathY()[0];
        // solve for d1, d2 from the start point (2 unknown vectors need two points: use the middle one too)
        int m = n / 2;
        double[] pm = path.get(m);
        double am = f.pathX()[m];
        double bm = f.pathY()[m];
        double det = a0 * bm - am * b0;
        assertTrue(Math.abs(det) > 1e-9, "the path bends: two independent points");
        double[] d1 = new double[2];
        double[] d2 = new double[2];
        for (int k = 0; k < 2; k++) {
            double r0 = p0[k] - pn[k];
            double rm = pm[k] - pn[k];
            d1[k] = (r0 * bm - rm * b0) / det;
            d2[k] = (a0 * rm - am * r0) / det;
        }
        Network probe = start.copy();
        probe.setParameters(new double[] {pn[0] + alpha * d1[0] + beta * d2[0], pn[1] + alpha * d1[1] + beta * d2[1]});
        assertEquals(Trainer.evaluate(probe, loss, data), g.loss()[c][c], 1e-9);
    }

    @Test
    void principalDirectionsWaitForAPathThatTurns() {
        List<double[]> one = List.of(start.parameters());
        BowlRequest r = new BowlRequest(1, BowlMode.PRINCIPAL_DIRECTIONS, 0, start.copy(), loss, data, W, B, 21, null,
                BowlModel.MIN_SPAN_PRINCIPAL, one, 1);
        assertFalse(BowlService.compute(r).ready());
    }

    @Test
    void randomDirectionsGiveTheCurrentLossAtTheOrigin() {
        List<double[]> path = train(10);
        Network now = start.copy();
        now.setParameters(path.get(path.size() - 1));
        BowlRequest r = new BowlRequest(1, BowlMode.RANDOM_DIRECTIONS, 10, now, loss, data, W, B, 21, null,
                BowlModel.MIN_SPAN_RANDOM, path, 7);
        BowlFrame f = BowlService.compute(r);
        SurfaceGrid g = f.grid();
        int c0 = -1;
        int r0 = -1;
        for (int i = 0; i < g.size(); i++) {
            if (Math.abs(g.xs()[i]) < 1e-12) {
                c0 = i;
            }
            if (Math.abs(g.ys()[i]) < 1e-12) {
                r0 = i;
            }
        }
        assertTrue(c0 >= 0 && r0 >= 0, "the origin is a grid point of a window centred on round numbers");
        assertEquals(Trainer.evaluate(now, loss, data), g.loss()[r0][c0], 1e-12);
    }

    @Test
    void theServicePublishesTheNewestSliceOffTheCallingThread() throws Exception {
        try (BowlService s = new BowlService(2)) {
            SliceWindow w = new SliceWindow(0, 0, 2);
            for (int v = 1; v <= 5; v++) {
                s.request(parameters(start, w, 41, v));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while ((s.latest() == null || s.latest().version() != 5 || s.busy()) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            BowlFrame f = s.latest();
            assertNotNull(f);
            assertEquals(5, f.version(), "the newest request wins");
            assertFalse(s.busy());
            assertTrue(s.published() >= 1 && s.published() <= 5);
            assertEquals(null, s.lastError());
        }
    }

    @Test
    void thePathIsProjectedExactlyAsTheDirectionsProjectEachPoint() {
        Experiment spiral = Presets.get("spiral-6x8");
        Trainer t = spiral.newTrainer();
        List<double[]> path = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            t.step();
            path.add(t.network().parameters());
        }
        double[] centre = path.get(path.size() - 1);
        for (org.backpropstudio.surface.Directions d : List.of(
                org.backpropstudio.surface.Directions.principal(path),
                org.backpropstudio.surface.Directions.filterNormalized(t.network(), new org.backpropstudio.engine.Rng(3)))) {
            double[][] all = BowlService.project(d, path, centre);
            for (int i = 0; i < path.size(); i++) {
                double[] one = d.project(path.get(i), centre);
                assertEquals(one[0], all[0][i], 0.0, "alpha of point " + i);
                assertEquals(one[1], all[1][i], 0.0, "beta of point " + i);
                assertEquals(one[2], all[2][i], 0.0, "distance of point " + i);
            }
            assertTrue(all[2][0] > 0, "the start lies off the plane");
        }
    }
}
