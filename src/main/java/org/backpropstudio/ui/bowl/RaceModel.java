package org.backpropstudio.ui.bowl;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.backpropstudio.surface.OptimizerRace;
import org.backpropstudio.surface.RacePath;
import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.ui.i18n.Messages;

/**
 * The view model of the optimizer race. A race runs on a worker of its own (one daemon thread,
 * "race"); a newer request cancels the one still running. The worker publishes its outcome, an
 * immutable record, into a mailbox that the FX thread empties once per frame with {@link #pull()}
 * (newest wins); nothing is posted to the FX thread. Properties are read and written on the FX
 * thread only.
 *
 * <p>The too-high learning rate is automatic (the race's curvature rule, worked out on the worker)
 * until a rate is given with {@link #setTooHighRate}; a new start makes it automatic again.
 */
public final class RaceModel implements AutoCloseable {
    public static final int DEFAULT_STEPS = 200;
    public static final int MIN_STEPS = 10;
    public static final int MAX_STEPS = 5000;

    /** What a finished (or failed) request leaves in the mailbox. */
    private record Outcome(long request, double tooHighRate, RaceResult result, String error) {
    }

    private final ResourceBundle text;
    private final Executor worker;
    private final ExecutorService ownWorker;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicReference<Outcome> mailbox = new AtomicReference<>();

    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", DEFAULT_STEPS);
    private final ReadOnlyDoubleWrapper tooHighRate = new ReadOnlyDoubleWrapper(this, "tooHighRate", Double.NaN);
    private final ReadOnlyBooleanWrapper automatic = new ReadOnlyBooleanWrapper(this, "automatic", true);
    private final ReadOnlyObjectWrapper<RaceResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private OptimizerRace start;
    private double learningRate = Double.NaN;

    /** A model with its own worker thread. */
    public RaceModel(ResourceBundle text) {
        this(text, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "race");
            t.setDaemon(true);
            return t;
        }), true);
    }

    /** A model whose races run on {@code worker} (a same-thread executor in tests); the caller owns the worker. */
    public RaceModel(ResourceBundle text, Executor worker) {
        this(text, worker, false);
    }

    private RaceModel(ResourceBundle text, Executor worker, boolean own) {
        this.text = text;
        this.worker = worker;
        this.ownWorker = own ? (ExecutorService) worker : null;
    }

    /** Updates each racer gets (a racer that diverges takes fewer). */
    public IntegerProperty stepsProperty() { return steps; }

    public int getSteps() { return steps.get(); }

    public void setSteps(int n) { steps.set(Math.max(MIN_STEPS, Math.min(MAX_STEPS, n))); }

    /** SGD's too-high learning rate: the one given, or the automatic one of the last race (NaN before). */
    public ReadOnlyDoubleProperty tooHighRateProperty() { return tooHighRate.getReadOnlyProperty(); }

    public double getTooHighRate() { return tooHighRate.get(); }

    /** Whether the too-high rate comes from the curvature rule (true) or was given. */
    public ReadOnlyBooleanProperty automaticProperty() { return automatic.getReadOnlyProperty(); }

    /** The newest finished race, or null. */
    public ReadOnlyObjectProperty<RaceResult> resultProperty() { return result.getReadOnlyProperty(); }

    public RaceResult getResult() { return result.get(); }

    /** The racers' paths of the newest race (empty before the first), for the bowl views. */
    public List<RacePath> paths() {
        RaceResult r = result.get();
        return r == null ? List.of() : r.paths();
    }

    /** Whether a race was requested and has not been shown yet. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public boolean isRunning() { return running.get(); }

    /** Why the last request failed, or empty. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The start of the races, or null. */
    public OptimizerRace getStart() { return start; }

    /** The well-chosen learning rate (SGD and momentum's eta). */
    public double getLearningRate() { return learningRate; }

    /**
     * A new start: the network and the two parameters to race on, and the lesson's learning rate.
     * The too-high rate becomes automatic again; a race starts at once.
     */
    public void setStart(OptimizerRace race, double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number: " + learningRate);
        }
        this.start = race;
        this.learningRate = learningRate;
        automatic.set(true);
        race();
    }

    /** Gives SGD's too-high rate and races again. */
    public void setTooHighRate(double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("the rate must be a positive number: " + rate);
        }
        automatic.set(false);
        tooHighRate.set(rate);
        race();
    }

    /** Goes back to the automatic too-high rate and races again. */
    public void useAutomaticTooHighRate() {
        automatic.set(true);
        race();
    }

    /** Runs the race again from the start with the current settings; cancels a race still running. */
    public void race() {
        if (start == null) {
            return;
        }
        long id = latest.incrementAndGet();
        OptimizerRace race = start;
        double eta = learningRate;
        double given = automatic.get() ? Double.NaN : tooHighRate.get();
        int n = steps.get();
        running.set(true);
        worker.execute(() -> {
            try {
                double high = Double.isNaN(given) ? roundRate(race.tooHighRate(eta)) : given;
                RaceResult r = race.run(racers(text, eta, high), n, () -> latest.get() != id);
                mailbox.set(new Outcome(id, high, r, null));
            } catch (CancellationException e) {
                // a newer request follows; it publishes its own outcome
            } catch (RuntimeException e) {
                mailbox.set(new Outcome(id, Double.NaN, null, String.valueOf(e.getMessage())));
            }
        });
    }

    /**
     * Called once per frame on the FX thread: shows the newest outcome, if any.
     *
     * @return whether the result, the rate or the error changed
     */
    public boolean pull() {
        Outcome o = mailbox.getAndSet(null);
        if (o == null || o.request() != latest.get()) {
            return false; // nothing new, or an outcome a newer request has overtaken
        }
        running.set(false);
        if (o.error() != null) {
            error.set(Messages.format(text, "race.error", o.error()));
            return true;
        }
        error.set("");
        tooHighRate.set(o.tooHighRate());
        result.set(o.result());
        return true;
    }

    /**
     * The automatic too-high rate in three significant digits, a number a teacher can say aloud
     * (2.19 rather than 2.194619...); the change, at most 0.5 %, keeps it well past 2 / lambda.
     */
    static double roundRate(double rate) {
        return new java.math.BigDecimal(rate).round(new java.math.MathContext(3)).doubleValue();
    }

    /** The default racers with names in the UI's language. */
    static List<OptimizerRace.Racer> racers(ResourceBundle text, double eta, double tooHigh) {
        List<OptimizerRace.Racer> named = new ArrayList<>();
        for (OptimizerRace.Racer r : OptimizerRace.defaults(eta, tooHigh)) {
            String rate = Numbers.format(r.config().learningRate());
            String label = switch (r.styleClass()) {
                case OptimizerRace.SGD -> Messages.format(text, "race.racer.sgd", rate);
                case OptimizerRace.MOMENTUM_SGD -> Messages.format(text, "race.racer.momentum", rate,
                        Numbers.format(r.config().momentum()));
                case OptimizerRace.ADAM -> Messages.format(text, "race.racer.adam", rate);
                case OptimizerRace.TOO_HIGH -> Messages.format(text, "race.racer.tooHigh", rate);
                default -> r.label();
            };
            named.add(new OptimizerRace.Racer(label, r.styleClass(), r.config()));
        }
        return named;
    }

    /** Cancels any running race and stops the worker this model made. */
    @Override
    public void close() {
        latest.incrementAndGet();
        if (ownWorker != null) {
            ownWorker.shutdownNow();
        }
    }
}
