package org.backpropstudio.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.SliceEvaluator;

/**
 * Samples the real training loss (mean over the training set, no penalty) on a grid over two
 * parameters, every other parameter at its current value. Rows are split across threads;
 * each part owns a {@link SliceEvaluator}.
 */
public final class LossSurface {
    /** Largest grid side accepted. */
    public static final int MAX_GRID = 513;

    private LossSurface() {
    }

    /** What to sample. The network is copied; the data are shared read-only. */
    public record Request(Network network, Loss loss, Dataset data, ParameterName x, ParameterName y,
                          int grid, double span) {
        public Request {
            if (grid < 2 || grid > MAX_GRID) {
                throw new IllegalArgumentException("grid must be from 2 to " + MAX_GRID + ", got " + grid);
            }
            if (!(span > 0) || !Double.isFinite(span)) {
                throw new IllegalArgumentException("span must be a positive finite number, got " + span);
            }
            network = network.copy();
        }
    }

    /** Samples on the calling thread. */
    public static SurfaceGrid sample(Request r) {
        return sample(r, null, 1, () -> false);
    }

    /**
     * Samples with the rows split into {@code parts} tasks on {@code pool} (the calling thread
     * when the pool is null).
     *
     * @throws CancellationException when {@code cancelled} turns true before the end
     */
    public static SurfaceGrid sample(Request r, ExecutorService pool, int parts, BooleanSupplier cancelled) {
        Network net = r.network();
        int ix = r.x().index(net);
        int iy = r.y().index(net);
        double x0 = net.parameter(ix);
        double y0 = net.parameter(iy);
        int n = r.grid();
        double[] xs = SurfaceGrid.axis(x0, r.span(), n);
        double[] ys = SurfaceGrid.axis(y0, r.span(), n);
        double[][] loss = new double[n][n];
        int p = pool == null ? 1 : Math.max(1, Math.min(parts, n));
        if (p == 1) {
            fill(new SliceEvaluator(net, r.loss(), r.data(), ix, iy), xs, ys, loss, 0, 1, cancelled);
        } else {
            List<Future<?>> futures = new ArrayList<>();
            for (int part = 0; part < p; part++) {
                int start = part;
                int step = p;
                futures.add(pool.submit(() -> fill(new SliceEvaluator(net, r.loss(), r.data(), ix, iy),
                        xs, ys, loss, start, step, cancelled)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        return new SurfaceGrid(r.x().toString(), r.y().toString(), x0, y0, xs, ys, loss);
    }

    /** Rows start, start + step, ... (interleaved, so every part gets rows from everywhere). */
    private static void fill(SliceEvaluator ev, double[] xs, double[] ys, double[][] loss, int start, int step,
                             BooleanSupplier cancelled) {
        for (int row = start; row < ys.length; row += step) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("a newer surface was requested");
            }
            for (int c = 0; c < xs.length; c++) {
                loss[row][c] = ev.loss(xs[c], ys[row]);
            }
        }
    }
}
