package org.backpropstudio.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.StepHistory;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;

/**
 * Everything the training thread owns (the trainer, its network, the settings) and one pass of
 * its loop. Not thread-safe: after construction every method runs on the owner thread only,
 * the session's thread or, in manual mode, the test's thread. Commands are methods called from
 * the queued {@code Runnable}s; they always run between two steps.
 */
final class SessionWorker {
    /** Length of a frame: paced speeds step once per frame; snapshots come at most once per frame. */
    static final long FRAME_NANOS = 1_000_000_000L / 60;
    /** At full speed, a pass of the loop trains for at most this long ... */
    static final long CHUNK_NANOS = 2_000_000L;
    /** ... and at most this many steps (so a frozen test clock still ends a pass). */
    static final int CHUNK_STEPS = 10_000;
    /** {@link #runOnce()}'s answer when nothing is left to do until a command arrives. */
    static final long WAIT_FOREVER = -1;

    private final Queue<Runnable> commands;
    private final AtomicReference<Snapshot> mailbox;
    private final LongSupplier clock;
    private final List<CompletableFuture<Snapshot>> barriers = new ArrayList<>();
    /** The two watched parameters after every step. */
    private final PathRecorder path = new PathRecorder();
    /** The speed shown in snapshots and how often full speed publishes them. */
    private final PublishPacer pacer = new PublishPacer();

    private Supplier<Trainer> factory;
    private Trainer trainer;
    private NetworkShape shape;
    private Dataset test;
    /** Settings changed through the session since the last load; reset re-applies them. */
    private final SettingsOverrides overrides = new SettingsOverrides();

    private boolean running;
    private Speed speed = Speed.FULL;
    private int watchedSample;
    private Trainer.Phase lastPhase;
    private boolean dirty;
    private long errorCount;
    private String lastError;

    private long sequence;
    private long nextFrameNanos;

    SessionWorker(Supplier<Trainer> factory, Dataset test, Queue<Runnable> commands,
                  AtomicReference<Snapshot> mailbox, LongSupplier clock) {
        this.commands = commands;
        this.mailbox = mailbox;
        this.clock = clock;
        Trainer first = build(factory);
        this.test = checkedTest(first, test);
        this.factory = factory;
        install(first);
        publish(clock.getAsLong());
    }

    // ---- the loop ------------------------------------------------------------------------

    /**
     * One pass: runs the queued commands, publishes if they changed anything, then trains one
     * chunk (full speed) or one frame (paced) if playing.
     *
     * @return nanoseconds the caller may wait for the next command before calling again,
     *         0 to call again at once, or {@link #WAIT_FOREVER}
     */
    long runOnce() {
        drain();
        publishIfDirty();
        if (!running) {
            return WAIT_FOREVER;
        }
        long wait;
        try {
            wait = speed.isFull() ? trainChunk() : trainFrame();
        } catch (RuntimeException e) {
            running = false;
            refuse("training stopped: " + e);
            wait = WAIT_FOREVER;
        }
        publishIfDirty();
        return running ? wait : WAIT_FOREVER;
    }

    /**
     * Runs the commands queued when it starts, without waiting, but for at most a frame, so a
     * flood of commands cannot hold back snapshots and training for long.
     */
    void drain() {
        int n = commands.size();
        if (n == 0) {
            return;
        }
        long start = clock.getAsLong();
        Runnable c;
        for (int i = 0; i < n && (c = commands.poll()) != null; i++) {
            execute(c);
            if (clock.getAsLong() - start >= FRAME_NANOS) {
                break;
            }
        }
    }

    /** Runs one command; a command that throws is refused and reported in the next snapshot. */
    void execute(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            refuse(e.getMessage() != null ? e.getMessage() : e.toString());
        }
        if (!(command instanceof Query<?>)) {
            dirty = true; // a question changes nothing: no snapshot for it
            recordIfStepped();
        }
    }

    /** Records the watched parameters if a command completed a step (step, or the last phase of one). */
    private void recordIfStepped() {
        if (path.watching() && trainer.steps() != path.lastStep()) {
            Network net = trainer.network();
            path.record(trainer.steps(), net.parameter(path.xIndex()), net.parameter(path.yIndex()));
        }
    }

    /** Publishes a snapshot if a command or a stop changed what readers see. */
    void publishIfDirty() {
        if (dirty) {
            publish(clock.getAsLong());
        }
    }

    private long trainChunk() {
        long start = clock.getAsLong();
        for (int i = 0; i < CHUNK_STEPS && commands.isEmpty(); i++) {
            if (!trainStep()) {
                break;
            }
            long now = clock.getAsLong();
            if (pacer.due(now)) {
                publish(now);
            }
            if (now - start >= CHUNK_NANOS) {
                break;
            }
        }
        return 0;
    }

    private long trainFrame() {
        long now = clock.getAsLong();
        if (now - nextFrameNanos < 0) {
            return nextFrameNanos - now;
        }
        for (int i = 0; i < speed.stepsPerFrame() && commands.isEmpty(); i++) {
            if (!trainStep()) {
                break;
            }
            if (i % 64 == 63 && clock.getAsLong() - now >= FRAME_NANOS) {
                break; // more steps than fit in a frame: go on next frame
            }
        }
        // the next frame starts one frame later; after falling behind, count from now instead
        nextFrameNanos = now - nextFrameNanos >= FRAME_NANOS ? now + FRAME_NANOS : nextFrameNanos + FRAME_NANOS;
        long after = clock.getAsLong();
        publish(after);
        return Math.max(0, nextFrameNanos - after);
    }

    /** One whole step; on a refused step (divergence or no data) stops playing. */
    private boolean trainStep() {
        lastPhase = null;
        if (trainer.step()) {
            recordIfStepped();
            return true;
        }
        running = false;
        dirty = true;
        return false;
    }

    // ---- commands (run on the owner thread, between steps) ------------------------------

    void play() {
        if (running || trainer.isDiverged() || trainer.data().isEmpty()) {
            return;
        }
        running = true;
        nextFrameNanos = clock.getAsLong();
        restartSpeedWindow();
    }

    void pause() {
        running = false;
    }

    void step() {
        running = false;
        lastPhase = null;
        trainer.step();
    }

    void stepPhase() {
        running = false;
        lastPhase = trainer.stepPhase();
    }

    void reset() {
        Trainer next = build(factory);
        overrides.applyTo(next);
        install(next);
    }

    void clearDivergence() {
        if (trainer.isDiverged()) {
            trainer.clearDivergence();
            lastPhase = null;
        }
    }

    void setLearningRate(double eta) {
        trainer.setLearningRate(eta);
        overrides.setOptimizer(trainer.optimizerConfig());
    }

    void setOptimizer(OptimizerConfig config) {
        trainer.setOptimizer(config);
        overrides.setOptimizer(trainer.optimizerConfig());
    }

    void setRegularization(Regularization r) {
        trainer.setRegularization(r);
        overrides.setRegularization(r);
    }

    void setData(Dataset train, Dataset newTest) {
        Dataset checked = checkedTest(trainer, newTest == null ? Dataset.empty(train.inputs(), train.outputs()) : newTest);
        trainer.setData(train);
        test = checked;
        overrides.setData(train);
        lastPhase = null;
    }

    void load(Supplier<Trainer> newFactory, Dataset newTest) {
        Trainer next = build(newFactory);
        test = checkedTest(next, newTest);
        factory = newFactory;
        overrides.clear();
        install(next);
    }

    void setWatchedSample(int index) {
        watchedSample = index;
    }

    void setSpeed(Speed s) {
        speed = s;
        nextFrameNanos = clock.getAsLong();
        restartSpeedWindow();
    }

    /**
     * Records parameters {@code x} and {@code y} after every step from now on, starting with
     * their values now; the same two again change nothing. Indices the network does not have
     * (a request that crossed a new network on its way) stop the watching, silently.
     */
    void watchParameters(int x, int y) {
        if (x == path.xIndex() && y == path.yIndex()) {
            return;
        }
        int count = trainer.network().parameterCount();
        path.watch(x < count && y < count ? x : -1, y);
        recordIfStepped();
    }

    void setParameter(int index, double value) {
        Network net = trainer.network();
        if (index >= net.parameterCount()) {
            throw new IllegalArgumentException("parameter " + index + " does not exist; the network has "
                    + net.parameterCount());
        }
        net.setParameter(index, value);
    }

    /** A copy of step {@code step} from the trainer's history, or null when it is not held. */
    StepRecord historyRecord(long step) {
        return trainer.history().get(step);
    }

    /** The batch loss of every step the history holds. */
    BatchLosses batchLosses() {
        StepHistory h = trainer.history();
        return new BatchLosses(h.oldest(), h.batchLosses());
    }

    /** Completes {@code f} with the snapshot published once the commands before it have run. */
    void awaitPublish(CompletableFuture<Snapshot> f) {
        barriers.add(f);
    }

    // ---- helpers -------------------------------------------------------------------------

    private Trainer build(Supplier<Trainer> f) {
        Trainer t = Objects.requireNonNull(f.get(), "the trainer factory returned null");
        if (t == trainer) {
            throw new IllegalArgumentException("the trainer factory must build a new trainer every time");
        }
        return t;
    }

    private static Dataset checkedTest(Trainer t, Dataset d) {
        Network net = t.network();
        if (d == null) {
            return Dataset.empty(net.inputs(), net.outputs());
        }
        if (d.inputs() != net.inputs() || d.outputs() != net.outputs()) {
            throw new IllegalArgumentException("test data has " + d.inputs() + " inputs and " + d.outputs()
                    + " outputs; the network has " + net.inputs() + " and " + net.outputs());
        }
        return d;
    }

    private void install(Trainer t) {
        t.setHistory(new StepHistory(StepHistory.DEFAULT_STEPS, t.network().parameterCount(), t.batchSize()));
        trainer = t;
        shape = NetworkShape.of(t.network());
        int count = t.network().parameterCount();
        path.watch(path.xIndex() < count && path.yIndex() < count ? path.xIndex() : -1, path.yIndex());
        recordIfStepped();
        running = false;
        lastPhase = null;
    }

    private void refuse(String message) {
        errorCount++;
        lastError = message;
    }

    private void restartSpeedWindow() {
        pacer.restartSpeedWindow(clock.getAsLong(), trainer.steps());
    }

    private SessionState state() {
        return trainer.isDiverged() ? SessionState.DIVERGED : running ? SessionState.RUNNING : SessionState.IDLE;
    }

    /** Builds the snapshot of this moment (losses over both whole sets) and posts it. */
    private void publish(long now) {
        double stepsPerSecond = pacer.stepsPerSecond(now, trainer.steps(), running);
        Network net = trainer.network();
        Dataset train = trainer.data();
        StepTrace trace = watchedSample < train.size()
                ? Trainer.trace(net, trainer.loss(), train, watchedSample) : null;
        Snapshot s = new Snapshot(++sequence, state(), trainer.divergence(), trainer.steps(), trainer.epochs(),
                trainer.evaluate(train), trainer.evaluate(test), shape, net.parameters(), trainer.loss(),
                trainer.optimizerConfig(), trainer.regularization(), trainer.nextPhase(), lastPhase,
                watchedSample, trace, train, test, speed, stepsPerSecond, errorCount, lastError,
                trainer.history().get(trainer.history().newest()), trainer.history().oldest(),
                trainer.optimizerConfig().type() == OptimizerType.SGD ? null : trainer.optimizerState(),
                path.path());
        mailbox.set(s);
        dirty = false;
        for (CompletableFuture<Snapshot> f : barriers) {
            f.complete(s);
        }
        barriers.clear();
        pacer.published(now, clock.getAsLong());
    }
}
