package org.backpropstudio.surface;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Samples loss surfaces on a pool of daemon threads, one per core, and cancels the sampling of an
 * older request as soon as a newer one arrives (a surface that follows training live only ever
 * needs the newest).
 */
public final class SurfaceSampler implements AutoCloseable {
    private final ExecutorService coordinator;
    private final ExecutorService workers;
    private final int parts;
    private final AtomicReference<AtomicBoolean> current = new AtomicReference<>(new AtomicBoolean());

    public SurfaceSampler() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public SurfaceSampler(int threads) {
        this.parts = Math.max(1, threads);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parts, r -> daemon(r, "surface-" + n.incrementAndGet()));
        this.coordinator = Executors.newSingleThreadExecutor(r -> daemon(r, "surface"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Starts sampling {@code r}; the returned future completes with the grid, or exceptionally
     * with a {@link CancellationException} when a newer request replaced this one first.
     */
    public CompletableFuture<SurfaceGrid> submit(LossSurface.Request r) {
        AtomicBoolean cancelled = new AtomicBoolean();
        current.getAndSet(cancelled).set(true);
        return CompletableFuture.supplyAsync(() -> {
            if (cancelled.get()) {
                throw new CancellationException("a newer surface was requested");
            }
            return LossSurface.sample(r, workers, parts, cancelled::get);
        }, coordinator);
    }

    /** Samples {@code r} now and waits for it (for the command line and the benchmark). */
    public SurfaceGrid sample(LossSurface.Request r) {
        return LossSurface.sample(r, workers, parts, () -> false);
    }

    @Override
    public void close() {
        current.get().set(true);
        coordinator.shutdownNow();
        workers.shutdownNow();
    }
}
