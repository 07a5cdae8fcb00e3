package org.backpropstudio.ui.studio;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Feature;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.RegularizationType;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.Speed;
import org.backpropstudio.session.TrainingSession;

/**
 * The studio's view model: the settings a learner edits (as properties), the newest snapshot of
 * the training session, and the commands of the toolbar and the views. Only the FX thread uses
 * it; it talks to the training thread only through {@link TrainingSession}'s queue and mailbox.
 *
 * <p>Settings that change the network's shape or its starting point (layers, units, activations,
 * loss, initializer, seed, features, batch size, the data set's kind) rebuild the network from
 * the seed and say so in {@link #noticeProperty()}; the learning rate, optimizer and
 * regularization take effect at the next step without a rebuild; new data of the same shape
 * keeps the network.
 *
 * <p>The data settings and points live in {@link StudioData}, the network and training settings
 * and the starting point in {@link TrainerSettings}; this class exposes their properties, wires
 * their changes to the session and keeps the snapshot, selection and replay.
 */
public final class StudioModel implements AutoCloseable {

    /** Opens a session for a trainer factory and a test set (real thread in the app, manual in tests). */
    @FunctionalInterface
    public interface SessionFactory {
        TrainingSession open(Supplier<Trainer> trainers, Dataset test);
    }

    /** The {@link #datasetProperty()} value of data that came from a file or were drawn, not generated. */
    public static final String CUSTOM_DATA = "custom";

    public static final int MAX_HIDDEN_LAYERS = 8;
    public static final int MAX_UNITS = 16;

    private final StudioData data = new StudioData(this);
    private final TrainerSettings trainer = new TrainerSettings(this);
    private final BooleanProperty showTestData = new SimpleBooleanProperty(this, "showTestData", false);
    private final BooleanProperty discretize = new SimpleBooleanProperty(this, "discretize", false);

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Replay> replay = new ReadOnlyObjectWrapper<>(this, "replay");

    private final SessionFactory sessions;
    private TrainingSession session;
    private boolean applying;

    public StudioModel(SessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions);
        data.generate();
        session = sessions.open(trainerFactory(), data.testSet());
        snapshot.set(session.latest());
        listen();
    }

    // ---- settings ----

    public StringProperty datasetProperty() { return data.dataset(); }
    public DoubleProperty noiseProperty() { return data.noise(); }
    public DoubleProperty testFractionProperty() { return data.testFraction(); }
    public IntegerProperty countProperty() { return data.count(); }
    public LongProperty dataSeedProperty() { return data.dataSeed(); }
    public IntegerProperty batchSizeProperty() { return trainer.batchSize(); }
    /** Units of each hidden layer, first to last; edit with the layer and unit commands. */
    public ObservableList<Integer> hiddenUnits() { return trainer.hiddenUnitsView(); }
    public ObjectProperty<Activation> hiddenActivationProperty() { return trainer.hiddenActivation(); }
    public ObjectProperty<Activation> outputActivationProperty() { return trainer.outputActivation(); }
    public ObjectProperty<Loss> lossProperty() { return trainer.loss(); }
    public ObjectProperty<OptimizerType> optimizerProperty() { return trainer.optimizer(); }
    public DoubleProperty learningRateProperty() { return trainer.learningRate(); }
    public DoubleProperty momentumProperty() { return trainer.momentum(); }
    public ObjectProperty<RegularizationType> regularizationProperty() { return trainer.regularization(); }
    public DoubleProperty regularizationRateProperty() { return trainer.regularizationRate(); }
    public ObjectProperty<Initializer> initializerProperty() { return trainer.initializer(); }
    public LongProperty seedProperty() { return trainer.seed(); }
    /** The input features of two-input data, in input order. */
    public ObservableList<Feature> features() { return data.features(); }
    public BooleanProperty showTestDataProperty() { return showTestData; }
    public BooleanProperty discretizeProperty() { return discretize; }

    /** The newest snapshot taken by {@link #pull()}. */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public Snapshot getSnapshot() { return snapshot.get(); }
    /** A short sentence about the last thing the model did on its own, e.g. a rebuild. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    /**
     * The neuron, weight or bias the learner picked (for the math inspector), or null. Cleared
     * when a new network no longer has it.
     */
    public ReadOnlyObjectProperty<Selection> selectionProperty() { return selection.getReadOnlyProperty(); }
    public Selection getSelection() { return selection.get(); }

    /**
     * Picks a neuron or parameter of the current network (null clears).
     *
     * @throws IllegalArgumentException if the current network has no such neuron or parameter
     */
    public void select(Selection s) {
        if (s != null && !s.fits(snapshot.get().shape())) {
            throw new IllegalArgumentException(s + " is not part of the network " + snapshot.get().shape());
        }
        selection.set(s);
    }

    public void clearSelection() { selection.set(null); }

    /**
     * The past step the views show in place of the present, or null for the present. The
     * diagram's rewind sets it; the math inspector and the heat maps follow it.
     */
    public ReadOnlyObjectProperty<Replay> replayProperty() { return replay.getReadOnlyProperty(); }
    public Replay getReplay() { return replay.get(); }
    /** Shows past step {@code r} in place of the present (null: the present again); trains nothing. */
    public void setReplay(Replay r) { replay.set(r); }

    /** The training points (before features), for the output view. */
    public Dataset trainPoints() { return data.trainPoints(); }
    /** The test points (before features). */
    public Dataset testPoints() { return data.testPoints(); }
    /** Whether the data have two inputs (heat maps, features) rather than one (the line). */
    public boolean isPlanar() { return data.isPlanar(); }
    /** Whether the targets are classes 0 and 1. */
    public boolean isClassification() { return data.isClassification(); }
    /** The features the network sees (empty for one-input data). */
    public List<Feature> activeFeatures() { return data.activeFeatures(); }

    // ---- commands ----

    /** Takes the newest snapshot from the session; call once per frame. Returns whether it changed. */
    public boolean pull() {
        Snapshot s = session.latest();
        if (snapshot.get() == null || s.sequence() != snapshot.get().sequence()) {
            snapshot.set(s);
            if (selection.get() != null && !selection.get().fits(s.shape())) {
                selection.set(null);
            }
            return true;
        }
        return false;
    }

    public void play() { session.play(); }
    public void pause() { session.pause(); }
    public void togglePlay() {
        Snapshot s = session.latest();
        if (s != null && s.isRunning()) {
            session.pause();
        } else {
            session.play();
        }
    }
    public void step() { session.step(); }
    public void stepPhase() { session.stepPhase(); }
    /** Back to the starting weights (from the seed, or the opened file), step 0. */
    public void reset() { session.reset(); }
    public void setSpeed(Speed speed) { session.setSpeed(speed); }
    public void setWatchedSample(int index) { session.setWatchedSample(index); }
    /** The session, for views that need more than these commands (e.g. tests). */
    public TrainingSession session() { return session; }

    /** Types a new value into one weight or bias; training goes on from there. */
    public void setParameter(ParameterName name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a weight must be a finite number");
        }
        Snapshot s = snapshot.get();
        session.setParameter(name.index(s.shape().newNetwork()), value);
    }

    /** New random data from the next data seed (same kind, noise and split). */
    public void regenerate() {
        if (!data.isCustom()) {
            data.dataSeed().set(data.dataSeed().get() + 1);
        }
    }

    public void addHiddenLayer() { trainer.addHiddenLayer(); }
    public void removeHiddenLayer() { trainer.removeHiddenLayer(); }
    public void addUnit(int layer) { trainer.addUnit(layer); }
    public void removeUnit(int layer) { trainer.removeUnit(layer); }

    /** Adds a training point (x1, x2) or (x) with target y; the network keeps training on it. */
    public void addPoint(double[] x, double y) {
        data.addPoint(x, y);
        markCustom();
        session.setData(data.trainSet(), data.testSet());
    }

    /** Removes the training point nearest to x if it lies within {@code radius}; returns whether one was removed. */
    public boolean removePointNear(double[] x, double radius) {
        int best = data.nearestPoint(x, radius);
        return best >= 0 && removePoint(best);
    }

    /**
     * Removes training point {@code index} (of {@link #trainPoints()}); the last point is kept,
     * since training needs at least one. Returns whether it was removed.
     */
    public boolean removePoint(int index) {
        if (!data.removePoint(index)) {
            return false;
        }
        markCustom();
        session.setData(data.trainSet(), data.testSet());
        return true;
    }

    private void markCustom() {
        applying = true;
        try {
            data.dataset().set(CUSTOM_DATA);
        } finally {
            applying = false;
        }
    }

    // ---- files ----

    /**
     * Takes every setting from an experiment and starts from its weights (those it leaves out
     * come from its seed) and its step count; reset then returns to this state. Data from a
     * generator keep their recipe; samples count as custom data. A file's hidden layers share
     * the first hidden layer's activation here.
     */
    public void load(Experiment e) {
        Objects.requireNonNull(e, "experiment");
        applying = true;
        try {
            data.setPoints(e.trainPoints(), e.testPoints()); // first: listeners of the settings may ask isPlanar()
            trainer.hiddenUnits().setAll(StudioExperiments.hiddenUnits(e));
            StudioExperiments.applySettings(e, this);
            trainer.setAdamConstants(e.optimizer());
        } finally {
            applying = false;
        }
        trainer.startFrom(e);
        session.load(trainerFactory(), data.testSet());
        say("loaded");
    }

    /**
     * The experiment as it stands: the settings, the newest snapshot's weights and step count,
     * the data (the generator's recipe when they came from one, else the points) and, for
     * two-input data with other inputs than (x1, x2), the input features.
     */
    public Experiment toExperiment() {
        return StudioExperiments.of(this);
    }

    // ---- building ----

    private void listen() {
        data.dataset().addListener((o, a, b) -> onDataKind(a, b));
        for (var p : List.of(data.noise(), data.testFraction(), data.count(), data.dataSeed())) {
            p.addListener((o, a, b) -> onNewData());
        }
        for (var p : List.of(trainer.batchSize(), trainer.hiddenActivation(), trainer.outputActivation(), trainer.loss(),
                trainer.initializer(), trainer.seed())) {
            p.addListener((o, a, b) -> rebuild("settings"));
        }
        trainer.hiddenUnits().addListener((ListChangeListener<Integer>) c -> rebuild("shape"));
        data.features().addListener((ListChangeListener<Feature>) c -> rebuild("features"));
        trainer.learningRate().addListener((o, a, b) -> {
            if (!applying) {
                session.setLearningRate(b.doubleValue());
            }
        });
        trainer.optimizer().addListener((o, a, b) -> applyOptimizer());
        trainer.momentum().addListener((o, a, b) -> applyOptimizer());
        trainer.regularization().addListener((o, a, b) -> applyRegularization());
        trainer.regularizationRate().addListener((o, a, b) -> applyRegularization());
    }

    private void onDataKind(String before, String after) {
        if (applying || CUSTOM_DATA.equals(after)) {
            return;
        }
        data.generate();
        applying = true;
        try {
            // classes 0/1 suit a sigmoid output; regression targets a linear one
            trainer.outputActivation().set(Generators.isClassification(after) ? Activation.SIGMOID : Activation.LINEAR);
        } finally {
            applying = false;
        }
        rebuild("data");
    }

    private void onNewData() {
        if (applying || data.isCustom()) {
            return;
        }
        data.generate();
        session.setData(data.trainSet(), data.testSet());
    }

    private void rebuild(String why) {
        if (applying) {
            return;
        }
        if (!trainer.loss().get().accepts(trainer.outputActivation().get())) {
            applying = true;
            try {
                trainer.loss().set(Loss.MSE); // cross-entropy needs probabilities at the output
            } finally {
                applying = false;
            }
        }
        trainer.startFromSeed();
        Supplier<Trainer> factory = trainerFactory();
        factory.get(); // fails here, on the FX thread, if the settings do not make a network
        session.load(factory, data.testSet());
        say(why);
    }

    /** Sets the notice, announcing it again even when it repeats the last one. */
    private void say(String why) {
        notice.set("");
        notice.set(why);
    }

    private void applyOptimizer() {
        if (!applying) {
            session.setOptimizer(optimizerConfig());
        }
    }

    private void applyRegularization() {
        if (!applying) {
            session.setRegularization(regularizationSetting());
        }
    }

    /** The optimizer as the settings describe it. */
    public OptimizerConfig optimizerConfig() { return trainer.optimizerConfig(); }

    /** The weight penalty as the settings describe it. */
    public Regularization regularizationSetting() { return trainer.regularizationSetting(); }

    /** A factory that builds the network and trainer the settings describe, in their starting state. */
    private Supplier<Trainer> trainerFactory() {
        return trainer.recipe(data.trainSet()).factory();
    }

    @Override
    public void close() {
        session.close();
    }
}
