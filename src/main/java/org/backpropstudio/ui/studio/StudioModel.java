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
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Feature;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerState;
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

    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "circle");
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0.1);
    private final DoubleProperty testFraction = new SimpleDoubleProperty(this, "testFraction", 0.5);
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 400);
    private final LongProperty dataSeed = new SimpleLongProperty(this, "dataSeed", 7);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 10);
    private final ObservableList<Integer> hiddenUnits = FXCollections.observableArrayList(4, 2);
    /** One read-only view, kept: a view made per call listens weakly and would lose its listeners. */
    private final ObservableList<Integer> hiddenUnitsView = FXCollections.unmodifiableObservableList(hiddenUnits);
    private final ObjectProperty<Activation> hiddenActivation = new SimpleObjectProperty<>(this, "hiddenActivation", Activation.TANH);
    private final ObjectProperty<Activation> outputActivation = new SimpleObjectProperty<>(this, "outputActivation", Activation.SIGMOID);
    private final ObjectProperty<Loss> loss = new SimpleObjectProperty<>(this, "loss", Loss.MSE);
    private final ObjectProperty<OptimizerType> optimizer = new SimpleObjectProperty<>(this, "optimizer", OptimizerType.SGD);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.3);
    private final DoubleProperty momentum = new SimpleDoubleProperty(this, "momentum", OptimizerConfig.DEFAULT_MOMENTUM);
    private final ObjectProperty<RegularizationType> regularization = new SimpleObjectProperty<>(this, "regularization", RegularizationType.NONE);
    private final DoubleProperty regularizationRate = new SimpleDoubleProperty(this, "regularizationRate", 0.001);
    private final ObjectProperty<Initializer> initializer = new SimpleObjectProperty<>(this, "initializer", Initializer.XAVIER);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final ObservableList<Feature> features = FXCollections.observableArrayList(Feature.RAW);
    private final BooleanProperty showTestData = new SimpleBooleanProperty(this, "showTestData", false);
    private final BooleanProperty discretize = new SimpleBooleanProperty(this, "discretize", false);

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Replay> replay = new ReadOnlyObjectWrapper<>(this, "replay");

    private final SessionFactory sessions;
    private TrainingSession session;
    /** The data as points (x1, x2) or (x) before features are applied. */
    private Dataset trainPoints;
    private Dataset testPoints;
    /** Parameters to start from instead of the seed (from a file), or null. */
    private double[] startParameters;
    /** Steps the start parameters already had (from a file), so the sample order continues. */
    private long startSteps;
    /** What the optimizer remembered in the loaded file (null for none), and for which optimizer. */
    private OptimizerState startOptimizerState;
    private OptimizerType startOptimizerType;
    /** Adam's beta1, beta2 and epsilon: no control edits them; a file may set them. */
    private OptimizerConfig adamConstants = OptimizerConfig.adam(1);
    private boolean applying;

    public StudioModel(SessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions);
        generatePoints();
        session = sessions.open(trainerFactory(), test());
        snapshot.set(session.latest());
        listen();
    }

    // ---- settings ----

    public StringProperty datasetProperty() { return dataset; }
    public DoubleProperty noiseProperty() { return noise; }
    public DoubleProperty testFractionProperty() { return testFraction; }
    public IntegerProperty countProperty() { return count; }
    public LongProperty dataSeedProperty() { return dataSeed; }
    public IntegerProperty batchSizeProperty() { return batchSize; }
    /** Units of each hidden layer, first to last; edit with the layer and unit commands. */
    public ObservableList<Integer> hiddenUnits() { return hiddenUnitsView; }
    public ObjectProperty<Activation> hiddenActivationProperty() { return hiddenActivation; }
    public ObjectProperty<Activation> outputActivationProperty() { return outputActivation; }
    public ObjectProperty<Loss> lossProperty() { return loss; }
    public ObjectProperty<OptimizerType> optimizerProperty() { return optimizer; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public DoubleProperty momentumProperty() { return momentum; }
    public ObjectProperty<RegularizationType> regularizationProperty() { return regularization; }
    public DoubleProperty regularizationRateProperty() { return regularizationRate; }
    public ObjectProperty<Initializer> initializerProperty() { return initializer; }
    public LongProperty seedProperty() { return seed; }
    /** The input features of two-input data, in input order. */
    public ObservableList<Feature> features() { return features; }
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
    public Dataset trainPoints() { return trainPoints; }
    /** The test points (before features). */
    public Dataset testPoints() { return testPoints; }
    /** Whether the data have two inputs (heat maps, features) rather than one (the line). */
    public boolean isPlanar() { return trainPoints.inputs() == 2; }
    /** Whether the targets are classes 0 and 1. */
    public boolean isClassification() {
        return !CUSTOM_DATA.equals(dataset.get()) ? Generators.isClassification(dataset.get()) : looksBinary(trainPoints);
    }
    /** The features the network sees (empty for one-input data). */
    public List<Feature> activeFeatures() { return isPlanar() ? List.copyOf(features) : List.of(); }

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
        if (!CUSTOM_DATA.equals(dataset.get())) {
            dataSeed.set(dataSeed.get() + 1);
        }
    }

    public void addHiddenLayer() {
        if (hiddenUnits.size() < MAX_HIDDEN_LAYERS) {
            hiddenUnits.add(hiddenUnits.isEmpty() ? 2 : hiddenUnits.get(hiddenUnits.size() - 1));
        }
    }

    public void removeHiddenLayer() {
        if (!hiddenUnits.isEmpty()) {
            hiddenUnits.remove(hiddenUnits.size() - 1);
        }
    }

    public void addUnit(int layer) {
        if (hiddenUnits.get(layer) < MAX_UNITS) {
            hiddenUnits.set(layer, hiddenUnits.get(layer) + 1);
        }
    }

    public void removeUnit(int layer) {
        if (hiddenUnits.get(layer) > 1) {
            hiddenUnits.set(layer, hiddenUnits.get(layer) - 1);
        }
    }

    /** Adds a training point (x1, x2) or (x) with target y; the network keeps training on it. */
    public void addPoint(double[] x, double y) {
        trainPoints = trainPoints.with(x, new double[] {y});
        markCustom();
        session.setData(features(trainPoints), test());
    }

    /** Removes the training point nearest to x if it lies within {@code radius}; returns whether one was removed. */
    public boolean removePointNear(double[] x, double radius) {
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < trainPoints.size(); i++) {
            double d = 0;
            for (int k = 0; k < x.length; k++) {
                double e = trainPoints.x(i, k) - x[k];
                d += e * e;
            }
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best >= 0 && removePoint(best);
    }

    /**
     * Removes training point {@code index} (of {@link #trainPoints()}); the last point is kept,
     * since training needs at least one. Returns whether it was removed.
     */
    public boolean removePoint(int index) {
        if (index < 0 || index >= trainPoints.size() || trainPoints.size() == 1) {
            return false;
        }
        trainPoints = trainPoints.without(index);
        markCustom();
        session.setData(features(trainPoints), test());
        return true;
    }

    private void markCustom() {
        applying = true;
        try {
            dataset.set(CUSTOM_DATA);
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
            trainPoints = e.trainPoints(); // first: listeners of the settings may ask isPlanar()
            testPoints = e.testPoints();
            hiddenUnits.setAll(StudioExperiments.hiddenUnits(e));
            StudioExperiments.applySettings(e, this);
            adamConstants = e.optimizer();
        } finally {
            applying = false;
        }
        startParameters = e.buildNetwork().parameters();
        startSteps = e.training().stepsDone();
        startOptimizerState = e.training().optimizerState();
        startOptimizerType = e.optimizer().type();
        session.load(trainerFactory(), test());
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
        dataset.addListener((o, a, b) -> onDataKind(a, b));
        noise.addListener((o, a, b) -> onNewData());
        testFraction.addListener((o, a, b) -> onNewData());
        count.addListener((o, a, b) -> onNewData());
        dataSeed.addListener((o, a, b) -> onNewData());
        for (var p : List.of(batchSize, hiddenActivation, outputActivation, loss, initializer, seed)) {
            p.addListener((o, a, b) -> rebuild("settings"));
        }
        hiddenUnits.addListener((javafx.collections.ListChangeListener<Integer>) c -> rebuild("shape"));
        features.addListener((javafx.collections.ListChangeListener<Feature>) c -> rebuild("features"));
        learningRate.addListener((o, a, b) -> {
            if (!applying) {
                session.setLearningRate(b.doubleValue());
            }
        });
        optimizer.addListener((o, a, b) -> applyOptimizer());
        momentum.addListener((o, a, b) -> applyOptimizer());
        regularization.addListener((o, a, b) -> applyRegularization());
        regularizationRate.addListener((o, a, b) -> applyRegularization());
    }

    private void onDataKind(String before, String after) {
        if (applying || CUSTOM_DATA.equals(after)) {
            return;
        }
        generatePoints();
        applying = true;
        try {
            // classes 0/1 suit a sigmoid output; regression targets a linear one
            outputActivation.set(Generators.isClassification(after) ? Activation.SIGMOID : Activation.LINEAR);
        } finally {
            applying = false;
        }
        rebuild("data");
    }

    private void onNewData() {
        if (applying || CUSTOM_DATA.equals(dataset.get())) {
            return;
        }
        generatePoints();
        session.setData(features(trainPoints), test());
    }

    private void generatePoints() {
        if (CUSTOM_DATA.equals(dataset.get())) {
            return;
        }
        Generators.Split split = Generators.generate(dataset.get(), count.get(), noise.get(), testFraction.get(), dataSeed.get());
        trainPoints = split.train();
        testPoints = split.test();
    }

    private void rebuild(String why) {
        if (applying) {
            return;
        }
        if (!loss.get().accepts(outputActivation.get())) {
            applying = true;
            try {
                loss.set(Loss.MSE); // cross-entropy needs probabilities at the output
            } finally {
                applying = false;
            }
        }
        startParameters = null;
        startSteps = 0;
        startOptimizerState = null;
        Supplier<Trainer> factory = trainerFactory();
        factory.get(); // fails here, on the FX thread, if the settings do not make a network
        session.load(factory, test());
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
    public OptimizerConfig optimizerConfig() {
        return new OptimizerConfig(optimizer.get(), learningRate.get(), momentum.get(),
                adamConstants.beta1(), adamConstants.beta2(), adamConstants.epsilon());
    }

    /** The weight penalty as the settings describe it. */
    public Regularization regularizationSetting() {
        return new Regularization(regularization.get(), regularization.get() == RegularizationType.NONE ? 0 : regularizationRate.get());
    }

    private Dataset features(Dataset points) {
        return points.inputs() == 2 ? Feature.transform(List.copyOf(features), points) : points;
    }

    private Dataset test() {
        return features(testPoints);
    }

    /** A factory that builds the network and trainer the settings describe, in their starting state. */
    private Supplier<Trainer> trainerFactory() {
        return new TrainerRecipe(features(trainPoints), List.copyOf(hiddenUnits), hiddenActivation.get(),
                outputActivation.get(), loss.get(), optimizerConfig(), regularizationSetting(), initializer.get(),
                seed.get(), batchSize.get(), startParameters, startSteps,
                optimizer.get() == startOptimizerType ? startOptimizerState : null).factory();
    }

    private static boolean looksBinary(Dataset d) {
        for (int i = 0; i < d.size(); i++) {
            double y = d.y(i, 0);
            if (y != 0 && y != 1) {
                return false;
            }
        }
        return d.outputs() == 1;
    }

    @Override
    public void close() {
        session.close();
    }
}
