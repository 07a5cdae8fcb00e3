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
import org.backpropstudio.engine.PlaneEvaluator;
import org.backpropstudio.engine.SliceEvaluator;

/**
 * Samples the real training loss (mean over the training set, no penalty) on a grid over two
 * parameters, every other parameter at its current value. Rows are split across threads
 * (interleaved, so every part gets rows from everywhere), all filled from one shared
 * {@link SliceEvaluator}.
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
            checkGrid(grid, span);
            network = network.copy();
        }
    }

    private static void checkGrid(int grid, double span) {
        if (grid < 2 || grid > MAX_GRID) {
            throw new IllegalArgumentException("grid must be from 2 to " + MAX_GRID + ", got " + grid);
        }
        if (!(span > 0) || !Double.isFinite(span)) {
            throw new IllegalArgumentException("span must be a positive finite number, got " + span);
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
        SliceEvaluator ev = new SliceEvaluator(net, r.loss(), r.data(), ix, iy);
        List<Runnable> tasks = new ArrayList<>();
        for (int part = 0; part < p; part++) {
            int start = part;
            tasks.add(() -> ev.fill(xs, ys, start, p, loss, cancelled));
        }
        run(tasks, pool);
        return new SurfaceGrid(r.x().toString(), r.y().toString(), x0, y0, xs, ys, loss);
    }

    /**
     * The loss on the plane {@code centre + alpha d1 + beta d2} for alpha and beta on an N x N
     * grid in [-span, span]; the grid's names are "d1" and "d2" and its centre (0, 0). Every
     * grid point needs a whole forward pass over the data (a {@link PlaneEvaluator}, shared by
     * the parts), so this is slower than sampling two parameters.
     */
    public static SurfaceGrid sample(Network centre, Loss loss, Dataset data, Directions dirs, int grid, double span,
                                     ExecutorService pool, int parts, BooleanSupplier cancelled) {
        checkGrid(grid, span);
        int count = centre.parameterCount();
        if (dirs.d1().length != count || dirs.d2().length != count) {
            throw new IllegalArgumentException("the directions do not fit the network");
        }
        double[] as = SurfaceGrid.axis(0, span, grid);
        double[][] out = new double[grid][grid];
        PlaneEvaluator ev = new PlaneEvaluator(centre, loss, data, dirs.d1(), dirs.d2());
        int p = pool == null ? 1 : Math.max(1, Math.min(parts, grid));
        List<Runnable> tasks = new ArrayList<>();
        for (int part = 0; part < p; part++) {
            int start = part;
            tasks.add(() -> ev.fill(as, as, start, p, out, cancelled));
        }
        run(tasks, pool);
        return new SurfaceGrid("d1", "d2", 0, 0, as, as.clone(), out);
    }

    private static void run(List<Runnable> tasks, ExecutorService pool) {
        if (pool == null || tasks.size() == 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable t : tasks) {
            futures.add(pool.submit(t));
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
}
