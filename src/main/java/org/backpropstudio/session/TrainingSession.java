package org.backpropstudio.session;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.StepHistory;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.Trainer;

/**
 * Trains one network on its own thread and shows it to any number of readers.
 *
 * <p>One daemon thread named {@code "training"} owns the {@link Trainer} and its network. Every
 * command method (play, pause, step, reset, a setting, new data, a new network) only puts the
 * command in a queue and returns at once, from any thread; the training thread runs queued
 * commands between two steps, never inside one. What happened is published as an immutable
 * {@link Snapshot} in a mailbox where the newest replaces the older: {@link #latest()} never
 * waits. While playing, snapshots come at most once per frame of 1/60 s (less often if building
 * one is slow, so that publishing never takes more than a fifth of the thread's time); after a
 * command one comes at once, so a single step shows immediately. While not playing the thread
 * sleeps until a command arrives.
 *
 * <p><b>Reset and load.</b> The session builds trainers with a factory that must return a new,
 * identically initialised trainer (same seed) on every call. {@link #reset()} builds a fresh one,
 * so the parameters, step count, optimizer state and data order start over exactly, and then
 * re-applies the settings changed through this session since the last {@link #load} (data,
 * optimizer and learning rate, regularization). {@link #load} replaces the factory itself.
 *
 * <p><b>Divergence.</b> When a step is refused because it would make a number non-finite, playing
 * stops and the state becomes {@link SessionState#DIVERGED}, with the cause; the parameters stay
 * those of the last good step. {@link #play()} is then ignored. Either {@link #reset()}, or lower
 * the learning rate and call {@link #clearDivergence()} to go on from the last good step.
 *
 * <p><b>Refused commands.</b> A command the training thread cannot apply (data whose shape does
 * not fit the network, a factory that throws) changes nothing; the next snapshot counts it in
 * {@link Snapshot#errorCount()} and says why in {@link Snapshot#lastError()}. Arguments that are
 * wrong whatever the state (null, a negative index, a non-finite number) throw at once.
 *
 * <p><b>Tests.</b> {@link #manual} makes a session without a thread, driven by {@link #tick()}
 * and {@link #runPendingCommands()} on the caller's thread with the caller's clock.
 */
public final class TrainingSession implements AutoCloseable {
    private static final Runnable WAKE_UP = () -> { };

    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> mailbox = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final SessionWorker worker;
    private final Thread thread;
    private volatile boolean closed;

    private TrainingSession(Supplier<Trainer> factory, Dataset test, LongSupplier nanoTime, boolean threaded) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(nanoTime, "nanoTime");
        worker = new SessionWorker(factory, test, commands, mailbox, nanoTime);
        if (threaded) {
            thread = new Thread(this::loop, "training");
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    /**
     * Starts a session on its own thread. The first trainer is built here, on the caller's
     * thread, so a bad factory throws at once; later ones are built on the training thread.
     *
     * @param factory builds a new trainer in its starting state on every call
     * @param test    the test set, or null for none
     */
    public static TrainingSession start(Supplier<Trainer> factory, Dataset test) {
        return new TrainingSession(factory, test, System::nanoTime, true);
    }

    /** Like {@link #start(Supplier, Dataset)} with the given clock in nanoseconds. */
    public static TrainingSession start(Supplier<Trainer> factory, Dataset test, LongSupplier nanoTime) {
        return new TrainingSession(factory, test, nanoTime, true);
    }

    /**
     * A session without a thread for deterministic tests: commands wait in the queue until
     * {@link #tick()} or {@link #runPendingCommands()} runs them on the calling thread, which then
     * owns the session. Time is read from {@code nanoTime} only.
     */
    public static TrainingSession manual(Supplier<Trainer> factory, Dataset test, LongSupplier nanoTime) {
        return new TrainingSession(factory, test, nanoTime, false);
    }

    /** The newest snapshot; never null, never waits. */
    public Snapshot latest() {
        return mailbox.get();
    }

    /** Starts training at the current speed (ignored while diverged or without training data). */
    public void play() {
        send(worker::play);
    }

    /** Stops training after the current step. */
    public void pause() {
        send(worker::pause);
    }

    /** Stops playing and runs one whole step (or finishes the step whose phases were begun). */
    public void step() {
        send(worker::step);
    }

    /** Stops playing and runs the next phase only: forward, loss, backward or update. */
    public void stepPhase() {
        send(worker::stepPhase);
    }

    /** Stops and rebuilds the starting state from the factory, keeping changed settings. */
    public void reset() {
        send(worker::reset);
    }

    /** After a divergence, goes back to idle at the last good step (lower the rate first). */
    public void clearDivergence() {
        send(worker::clearDivergence);
    }

    /** Sets the learning rate eta (finite, greater than 0); the optimizer's state is kept. */
    public void setLearningRate(double eta) {
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("learning rate must be a finite number greater than 0, got " + eta);
        }
        send(() -> worker.setLearningRate(eta));
    }

    /** Replaces the optimizer settings; its state is cleared when the type changes. */
    public void setOptimizer(OptimizerConfig config) {
        Objects.requireNonNull(config, "config");
        send(() -> worker.setOptimizer(config));
    }

    /** Replaces the weight penalty. */
    public void setRegularization(Regularization regularization) {
        Objects.requireNonNull(regularization, "regularization");
        send(() -> worker.setRegularization(regularization));
    }

    /**
     * Trains on new data from the next step on (the epoch position starts over); the network
     * is kept. Both sets must fit the network's inputs and outputs.
     *
     * @param test the new test set, or null for none
     */
    public void setData(Dataset train, Dataset test) {
        Objects.requireNonNull(train, "train");
        send(() -> worker.setData(train, test));
    }

    /**
     * Replaces the trainer, network and all: builds one from {@code factory} on the training
     * thread, which then also serves {@link #reset()}; settings changed before are forgotten.
     *
     * @param test the test set for the new network, or null for none
     */
    public void load(Supplier<Trainer> factory, Dataset test) {
        Objects.requireNonNull(factory, "factory");
        send(() -> worker.load(factory, test));
    }

    /** Chooses the training sample whose trace snapshots carry (index 0 or more). */
    public void setWatchedSample(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("sample index must be 0 or more, got " + index);
        }
        send(() -> worker.setWatchedSample(index));
    }

    /** Sets how fast playing trains. */
    public void setSpeed(Speed speed) {
        Objects.requireNonNull(speed, "speed");
        send(() -> worker.setSpeed(speed));
    }

    /**
     * Records weights or biases {@code x} and {@code y} (indices as in
     * {@link org.backpropstudio.engine.Network}) after every step from now on, for the bowl's path:
     * snapshots carry them as {@link Snapshot#path()}, in bounded memory (long runs are thinned,
     * keeping each stretch's first, last, smallest and largest values). Watching starts over
     * with their current values; a reset or a new network starts it over at the new start. The
     * same two again change nothing; -1 for either stops watching. Costs the training thread a
     * few comparisons a step.
     */
    public void watchParameters(int x, int y) {
        if (x < -1 || y < -1) {
            throw new IllegalArgumentException("parameter indices must be 0 or more (or -1 for none), got "
                    + x + " and " + y);
        }
        send(() -> worker.watchParameters(x, y));
    }

    /** Sets one weight or bias (index as in {@link org.backpropstudio.engine.Network}) to a finite value. */
    public void setParameter(int index, double value) {
        if (index < 0 || !Double.isFinite(value)) {
            throw new IllegalArgumentException("needs a parameter index of 0 or more and a finite value, got "
                    + index + " and " + value);
        }
        send(() -> worker.setParameter(index, value));
    }

    /**
     * A future completed, on the training thread, with the snapshot published once every
     * command sent before this call has taken effect. Attach work with the {@code ...Async}
     * methods so it does not run on the training thread. Fails if the session is closed first.
     */
    public CompletableFuture<Snapshot> barrier() {
        Barrier b = new Barrier();
        send(b);
        if (closed) {
            b.fail();
        }
        return b.future;
    }

    /**
     * A future completed, on the training thread, with the record of step {@code step} (or null
     * when the session no longer holds it: it keeps the last {@link StepHistory#DEFAULT_STEPS}
     * steps since the last reset or load). Attach work with the {@code ...Async} methods. Asking
     * changes nothing, so no snapshot is published for it.
     */
    public CompletableFuture<StepRecord> history(long step) {
        return ask(() -> worker.historyRecord(step));
    }

    /**
     * A future completed, on the training thread, with the batch loss of every step the history
     * holds (at most {@link StepHistory#DEFAULT_STEPS} numbers). Publishes no snapshot.
     */
    public CompletableFuture<BatchLosses> batchLosses() {
        return ask(worker::batchLosses);
    }

    /** Manual sessions: one pass of the training loop on this thread (commands, then training). */
    public void tick() {
        requireManual();
        worker.runOnce();
    }

    /** Manual sessions: runs the queued commands on this thread and publishes their result. */
    public void runPendingCommands() {
        requireManual();
        do {
            worker.drain();
            worker.publishIfDirty();
        } while (!commands.isEmpty());
    }

    /** What ended the training thread unexpectedly, or null. */
    public Throwable failure() {
        return failure.get();
    }

    /** Whether the training thread runs (false for manual sessions and after close). */
    public boolean isAlive() {
        return thread != null && thread.isAlive();
    }

    /** Stops the training thread after its current step and waits for it to end. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (thread == null) {
            failBarriers();
            return;
        }
        commands.offer(WAKE_UP);
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The training thread, for tests; null for manual sessions. */
    Thread thread() {
        return thread;
    }

    private void send(Runnable command) {
        if (!closed) {
            commands.offer(command);
        }
    }

    private <T> CompletableFuture<T> ask(Supplier<T> answer) {
        Query<T> q = new Query<>(answer);
        send(q);
        if (closed) {
            q.fail();
        }
        return q.future();
    }

    private void requireManual() {
        if (thread != null) {
            throw new IllegalStateException("this session runs on its own thread");
        }
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }

    private void loop() {
        try {
            while (true) {
                long wait = worker.runOnce(); // also publishes what a command run below changed
                if (closed) {
                    break;
                }
                if (wait != 0) {
                    Runnable c = wait < 0 ? commands.take() : commands.poll(wait, TimeUnit.NANOSECONDS);
                    if (c != null) {
                        worker.execute(c);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure.set(t);
        } finally {
            failBarriers();
        }
    }

    /** Fails the barriers still queued when the session closes. */
    private void failBarriers() {
        Runnable c;
        while ((c = commands.poll()) != null) {
            if (c instanceof Barrier b) {
                b.fail();
            } else if (c instanceof Query<?> q) {
                q.fail();
            }
        }
    }

    /** A queued marker: the worker completes its future at the next publication. */
    private final class Barrier implements Runnable {
        final CompletableFuture<Snapshot> future = new CompletableFuture<>();

        @Override
        public void run() {
            worker.awaitPublish(future);
        }

        void fail() {
            future.completeExceptionally(new IllegalStateException("the session is closed"));
        }
    }
}
