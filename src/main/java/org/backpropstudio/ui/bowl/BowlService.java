package org.backpropstudio.ui.bowl;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.surface.Directions;
import org.backpropstudio.surface.LossSurface;
import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.surface.SurfaceSampler;

/**
 * Samples the bowl's slices off the FX thread and publishes each finished one, with its contour
 * lines and gradient arrows, as an immutable {@link BowlFrame}. Slices over two parameters go to
 * a {@link SurfaceSampler} (a newer request cancels an older one); planes of directions, which
 * need a whole forward pass per grid point, are sampled on a thread of their own. The FX thread
 * calls {@link #request} and reads {@link #latest()} once per frame; it never waits.
 */
public final class BowlService implements AutoCloseable {
    /** Contour levels per slice, about. */
    public static final int LEVELS = 9;
    /** Points of the recent trajectory that the principal directions come from. */
    public static final int RECENT = 64;

    private final SurfaceSampler sampler;
    private final int threads;
    private final ExecutorService finisher = Executors.newSingleThreadExecutor(r -> daemon(r, "bowl"));
    private final ExecutorService planes = Executors.newSingleThreadExecutor(r -> daemon(r, "bowl-directions"));
    private final ExecutorService workers;
    private final AtomicReference<BowlFrame> latest = new AtomicReference<>();
    private final AtomicReference<AtomicBoolean> current = new AtomicReference<>(new AtomicBoolean());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong serials = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    /** Directions kept between requests; used only on the "bowl-directions" thread. */
    private final DirectionState state = new DirectionState();

    public BowlService() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public BowlService(int threads) {
        this.threads = Math.max(1, threads);
        this.sampler = new SurfaceSampler(this.threads);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(this.threads, r -> daemon(r, "bowl-" + n.incrementAndGet()));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts sampling {@code r} on all the service's threads; see {@link #request(BowlRequest, int)}. */
    public long request(BowlRequest r) {
        return request(r, threads);
    }

    /**
     * Starts sampling {@code r}; an older request still running is cancelled (or, at worst,
     * outdated). A plane of directions is split into {@code parts} tasks (1 to {@link #threads()}),
     * so that a slice taken while training leaves the training thread a core of its own.
     *
     * @return the serial number its frame will carry
     */
    public long request(BowlRequest r, int parts) {
        int p = Math.max(1, Math.min(threads, parts));
        long serial = serials.incrementAndGet();
        AtomicBoolean cancelled = new AtomicBoolean();
        current.getAndSet(cancelled).set(true);
        inFlight.incrementAndGet();
        long t0 = System.nanoTime();
        CompletableFuture<BowlFrame> f;
        if (r.mode() == BowlMode.PARAMETERS) {
            f = sampler.submit(parameterRequest(r)).thenApplyAsync(g -> finish(serial, r, r.window(), g, t0, null), finisher);
        } else {
            f = CompletableFuture.supplyAsync(() -> directions(serial, r, state, workers, p, cancelled::get, t0), planes);
        }
        f.whenComplete((frame, error) -> {
            inFlight.decrementAndGet();
            if (frame != null) {
                publish(frame);
            } else if (error != null && !(cause(error) instanceof CancellationException)) {
                lastError.set(String.valueOf(cause(error)));
            }
        });
        return serial;
    }

    /** The threads a slice may be split over at most. */
    public int threads() {
        return threads;
    }

    private static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private void publish(BowlFrame frame) {
        latest.accumulateAndGet(frame, (old, now) -> old == null || now.serial() > old.serial() ? now : old);
        published.incrementAndGet();
    }

    /** The newest finished slice, or null before the first. */
    public BowlFrame latest() {
        return latest.get();
    }

    /** Whether a request is still being sampled. */
    public boolean busy() {
        return inFlight.get() > 0;
    }

    /** Slices published so far. */
    public long published() {
        return published.get();
    }

    /** Why the last failed request failed, or null. */
    public String lastError() {
        return lastError.get();
    }

    /** The sampler's request: the network with x and y moved to the window's centre. */
    static LossSurface.Request parameterRequest(BowlRequest r) {
        Network net = r.network().copy();
        net.setParameter(r.x().index(net), r.window().cx());
        net.setParameter(r.y().index(net), r.window().cy());
        return new LossSurface.Request(net, r.loss(), r.data(), r.x(), r.y(), r.grid(), r.window().span());
    }

    /** Samples {@code r} on the calling thread (tests, and the command line if it wants it). */
    public static BowlFrame compute(BowlRequest r) {
        long t0 = System.nanoTime();
        if (r.mode() == BowlMode.PARAMETERS) {
            return finish(0, r, r.window(), LossSurface.sample(parameterRequest(r)), t0, null);
        }
        return directions(0, r, new DirectionState(), null, 1, () -> false, t0);
    }

    /** The directions kept from one request to the next. */
    static final class DirectionState {
        private long randomVersion = Long.MIN_VALUE;
        private Directions random;
        private Directions principal;
    }

    /** A plane of directions through the current parameters: directions, the path on it, the window, the slice. */
    static BowlFrame directions(long serial, BowlRequest r, DirectionState state, ExecutorService pool, int parts,
                                BooleanSupplier cancelled, long t0) {
        Network net = r.network();
        double[] centre = net.parameters();
        Directions d;
        if (r.mode() == BowlMode.RANDOM_DIRECTIONS) {
            if (state.random == null || state.randomVersion != r.version() || state.random.d1().length != centre.length) {
                state.random = Directions.filterNormalized(net, new Rng(r.seed()));
                state.randomVersion = r.version();
            }
            d = state.random;
        } else {
            List<double[]> path = r.path();
            try {
                d = Directions.principal(path.subList(Math.max(0, path.size() - RECENT), path.size()));
            } catch (IllegalArgumentException e) {
                return new BowlFrame(serial, r.version(), r.mode(), r.step(), null, null, null, List.of(), null,
                        new double[0], new double[0], new double[0], 0);
            }
            d = aligned(d, state.principal);
            state.principal = d;
        }
        double[][] projected = project(d, r.path(), centre);
        double[] px = projected[0];
        double[] py = projected[1];
        int n = px.length;
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("a newer slice was requested");
        }
        SliceWindow w = SliceWindow.follow(r.window(), px, py, n, r.minSpan());
        Network middle = net.copy();
        for (int k = 0; k < centre.length; k++) {
            middle.setParameter(k, centre[k] + w.cx() * d.d1()[k] + w.cy() * d.d2()[k]);
        }
        SurfaceGrid g = LossSurface.sample(middle, r.loss(), r.data(), d, r.grid(), w.span(), pool, parts, cancelled);
        double[] xs = g.xs().clone();
        double[] ys = g.ys().clone();
        for (int i = 0; i < xs.length; i++) {
            xs[i] += w.cx();
            ys[i] += w.cy();
        }
        SurfaceGrid shifted = new SurfaceGrid(g.x(), g.y(), w.cx(), w.cy(), xs, ys, g.loss());
        return finish(serial, r, w, shifted, t0, projected);
    }

    /**
     * {alphas, betas, distances from the plane} of the path's points, each as
     * {@link Directions#project} gives it (the same sums in the same order), with the directions'
     * 2 x 2 system solved once for the whole path and nothing allocated per point (a path holds
     * thousands of points, each a whole parameter vector).
     */
    static double[][] project(Directions d, List<double[]> path, double[] centre) {
        double[] d1 = d.d1();
        double[] d2 = d.d2();
        double a11 = dot(d1, d1);
        double a12 = dot(d1, d2);
        double a22 = dot(d2, d2);
        double det = a11 * a22 - a12 * a12;
        int n = path.size();
        double[][] out = new double[3][n];
        for (int i = 0; i < n; i++) {
            double[] v = path.get(i);
            double b1 = 0;
            double b2 = 0;
            for (int k = 0; k < centre.length; k++) {
                double r = v[k] - centre[k];
                b1 += d1[k] * r;
                b2 += d2[k] * r;
            }
            double alpha = (b1 * a22 - b2 * a12) / det;
            double beta = (a11 * b2 - a12 * b1) / det;
            double dist = 0;
            for (int k = 0; k < centre.length; k++) {
                double e = v[k] - centre[k] - alpha * d1[k] - beta * d2[k];
                dist += e * e;
            }
            out[0][i] = alpha;
            out[1][i] = beta;
            out[2][i] = Math.sqrt(dist);
        }
        return out;
    }

    /** Principal directions have no sign of their own: keep them pointing as the ones before, so the picture does not flip. */
    static Directions aligned(Directions d, Directions before) {
        if (before == null || before.d1().length != d.d1().length) {
            return d;
        }
        double[] d1 = dot(d.d1(), before.d1()) < 0 ? negate(d.d1()) : d.d1();
        double[] d2 = dot(d.d2(), before.d2()) < 0 ? negate(d.d2()) : d.d2();
        return new Directions(d1, d2);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] negate(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = -a[i];
        }
        return out;
    }

    /** Contours and arrows of a sampled grid. */
    static BowlFrame finish(long serial, BowlRequest r, SliceWindow w, SurfaceGrid g, long t0, double[][] path) {
        HeightScale scale = HeightScale.of(g.loss());
        List<Contours.Contour> contours = Contours.of(g.xs(), g.ys(), g.loss(), scale.levels(LEVELS));
        GradientField field = GradientField.of(g.xs(), g.ys(), g.loss());
        double[] empty = new double[0];
        return new BowlFrame(serial, r.version(), r.mode(), r.step(), w, g, scale, contours, field,
                path == null ? empty : path[0], path == null ? empty : path[1], path == null ? empty : path[2],
                (System.nanoTime() - t0) / 1e6);
    }

    @Override
    public void close() {
        current.get().set(true);
        sampler.close();
        finisher.shutdownNow();
        planes.shutdownNow();
        workers.shutdownNow();
    }
}
