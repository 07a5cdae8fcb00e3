package org.backpropstudio.ui.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.RegularizationType;
import org.backpropstudio.io.DataSpec;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentReader;
import org.backpropstudio.io.ExperimentWriter;
import org.backpropstudio.session.SessionState;
import org.backpropstudio.session.Speed;
import org.backpropstudio.session.TrainingSession;
import org.junit.jupiter.api.Test;

/** The view model without the toolkit, on a manual session driven by the test. */
class StudioModelTest {
    private final AtomicLong clock = new AtomicLong();
    private TrainingSession session;

    private StudioModel model() {
        return new StudioModel((factory, test) -> session = TrainingSession.manual(factory, test, clock::get));
    }

    private void settle(StudioModel m) {
        m.session().runPendingCommands();
        m.pull();
    }

    @Test
    void stepsAndRebuildsOnShapeChanges() {
        StudioModel m = model();
        settle(m);
        assertEquals(2 * 4 + 4 + 4 * 2 + 2 + 2 + 1, m.getSnapshot().parameterCount());
        m.step();
        settle(m);
        assertEquals(1, m.getSnapshot().step());
        m.addHiddenLayer();
        settle(m);
        assertEquals(0, m.getSnapshot().step(), "a new shape starts over");
        assertEquals(3, m.getSnapshot().shape().layerCount() - 1);
        m.features().add(Feature.X1_TIMES_X2);
        settle(m);
        assertEquals(3, m.getSnapshot().shape().inputs());
        assertEquals(3, m.getSnapshot().train().inputs());
    }

    @Test
    void switchingToRegressionPicksALinearOutput() {
        StudioModel m = model();
        m.datasetProperty().set("plane");
        settle(m);
        assertEquals(Activation.LINEAR, m.outputActivationProperty().get());
        m.datasetProperty().set("line");
        settle(m);
        assertEquals(1, m.getSnapshot().shape().inputs());
        assertTrue(!m.isPlanar());
    }

    @Test
    void learningRateChangesKeepTheNetwork() {
        StudioModel m = model();
        m.step();
        m.step();
        m.learningRateProperty().set(0.01);
        settle(m);
        assertEquals(2, m.getSnapshot().step());
        assertEquals(0.01, m.getSnapshot().optimizer().learningRate());
    }

    @Test
    void drawnPointsJoinTheTrainingSet() {
        StudioModel m = model();
        int before = m.trainPoints().size();
        m.addPoint(new double[] {0.2, 0.3}, 1);
        settle(m);
        assertEquals(before + 1, m.getSnapshot().train().size());
        assertEquals(StudioModel.CUSTOM_DATA, m.datasetProperty().get());
        assertTrue(m.removePointNear(new double[] {0.2, 0.3}, 0.01));
        settle(m);
        assertEquals(before, m.getSnapshot().train().size());
    }

    @Test
    void loadTakesEverySettingAndTheFilesWeights() throws Exception {
        StudioModel m = model();
        Experiment e = ExperimentReader.read(Path.of("assets/experiments/worked-example.json"));
        m.load(e);
        settle(m);
        assertEquals(StudioModel.CUSTOM_DATA, m.datasetProperty().get());
        assertEquals(List.of(2), m.hiddenUnits());
        assertEquals(Activation.SIGMOID, m.hiddenActivationProperty().get());
        assertEquals(Activation.SIGMOID, m.outputActivationProperty().get());
        assertEquals(0.5, m.learningRateProperty().get());
        assertEquals(1, m.batchSizeProperty().get());
        assertEquals(42, m.seedProperty().get());
        assertEquals("loaded", m.noticeProperty().get());
        assertEquals(0, m.getSnapshot().step());
        assertEquals(2, m.getSnapshot().shape().outputs());
        assertEquals(0.15, m.getSnapshot().parameter(0), "the file's first weight, not one from the seed");
        assertArrayEquals(e.buildNetwork().parameters(), m.getSnapshot().parameters());

        m.step();
        settle(m);
        assertEquals(1, m.getSnapshot().step());
        m.reset();
        settle(m);
        assertEquals(0, m.getSnapshot().step());
        assertArrayEquals(e.buildNetwork().parameters(), m.getSnapshot().parameters(), "reset returns to the file");
    }

    @Test
    void loadsAGeneratorRecipeAndSavesItBack() {
        StudioModel m = model();
        Experiment spiral = Presets.get("spiral-6x8");
        m.load(spiral);
        settle(m);
        assertEquals("spiral", m.datasetProperty().get());
        assertEquals(List.of(8, 8, 8, 8, 8, 8), m.hiddenUnits());
        assertEquals(10, m.batchSizeProperty().get());
        assertEquals(spiral.train().size(), m.getSnapshot().train().size());
        for (int i = 0; i < 3; i++) {
            m.step();
        }
        m.optimizerProperty().set(OptimizerType.MOMENTUM);
        settle(m);

        Experiment saved = m.toExperiment();
        assertInstanceOf(DataSpec.Generated.class, saved.data(), "generated data are saved as their recipe");
        assertEquals(3, saved.training().stepsDone());
        assertEquals(OptimizerType.MOMENTUM, saved.optimizer().type());
        assertArrayEquals(m.getSnapshot().parameters(), saved.buildNetwork().parameters());

        StudioModel again = model();
        again.load(saved);
        settle(again);
        assertArrayEquals(m.getSnapshot().parameters(), again.getSnapshot().parameters());
        assertEquals(3, again.getSnapshot().step(), "the step count continues from the file");
        again.step();
        m.step();
        settle(again);
        settle(m);
        assertArrayEquals(m.getSnapshot().parameters(), again.getSnapshot().parameters(), 1e-12);
    }

    @Test
    void aSavedRunWithMomentumOrAdamGoesOnExactlyAfterLoading() throws Exception {
        for (OptimizerType type : List.of(OptimizerType.MOMENTUM, OptimizerType.ADAM)) {
            StudioModel m = model();
            m.optimizerProperty().set(type);
            settle(m);
            for (int i = 0; i < 7; i++) {
                m.step();
            }
            settle(m);
            Experiment saved = m.toExperiment();
            assertNotNull(saved.training().optimizerState(), type + ": the optimizer's memory is saved");
            assertEquals(7, saved.training().optimizerState().updates());
            Experiment read = ExperimentReader.read("saved", ExperimentWriter.toJson(saved));
            assertEquals(saved.training().optimizerState(), read.training().optimizerState());

            StudioModel again = model();
            again.load(read);
            settle(again);
            for (int i = 0; i < 5; i++) {
                m.step();
                again.step();
            }
            settle(m);
            settle(again);
            assertArrayEquals(m.getSnapshot().parameters(), again.getSnapshot().parameters(),
                    type + ": five more steps land on the same weights, bit for bit");
            again.reset();
            settle(again);
            assertEquals(7, again.getSnapshot().step(), "reset returns to the loaded state");
            assertEquals(read.training().optimizerState(), again.getSnapshot().optimizerState());
        }
        StudioModel sgd = model();
        sgd.step();
        settle(sgd);
        assertNull(sgd.toExperiment().training().optimizerState(), "sgd remembers nothing");
    }

    @Test
    void featuresAreSavedWithTheRecipeAndLoadedBack() throws Exception {
        StudioModel m = model();
        m.features().add(Feature.X1_SQUARED);
        m.step();
        settle(m);
        Experiment saved = m.toExperiment();
        assertInstanceOf(DataSpec.Generated.class, saved.data());
        assertEquals(List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED), saved.features());
        assertEquals(3, saved.network().inputs());
        assertEquals(3, saved.train().inputs());
        assertEquals(2, saved.trainPoints().inputs());
        Experiment read = ExperimentReader.read("saved", ExperimentWriter.toJson(saved));
        assertEquals(saved, read);

        StudioModel again = model();
        again.load(read);
        settle(again);
        assertEquals(List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED), again.features());
        assertEquals(m.trainPoints(), again.trainPoints());
        assertArrayEquals(m.getSnapshot().parameters(), again.getSnapshot().parameters());
        assertEquals(3, again.getSnapshot().train().inputs());

        again.addPoint(new double[] {0.5, 0.5}, 1);
        settle(again);
        Experiment drawn = again.toExperiment();
        assertInstanceOf(DataSpec.Samples.class, drawn.data(), "drawn points are written out");
        assertEquals(2, drawn.trainPoints().inputs(), "as points, with the features listed");
        assertEquals(m.trainPoints().size() + 1, drawn.trainPoints().size());
    }

    @Test
    void adamConstantsFromAFileAreKept() throws Exception {
        StudioModel m = model();
        Experiment spiral = ExperimentReader.read(Path.of("assets/experiments/spiral.json"));
        m.load(spiral.withOptimizer(new org.backpropstudio.engine.OptimizerConfig(OptimizerType.ADAM, 0.01, 0.9, 0.8, 0.99, 1e-6)));
        settle(m);
        assertEquals(0.8, m.getSnapshot().optimizer().beta1());
        assertEquals(1e-6, m.toExperiment().optimizer().epsilon());
    }

    @Test
    void presetsAllLoad() {
        for (String name : Presets.names()) {
            StudioModel m = model();
            m.load(Presets.get(name));
            settle(m);
            assertEquals(0, m.getSnapshot().step(), name);
            assertEquals(0, m.getSnapshot().errorCount(), name);
        }
        StudioModel line = model();
        line.load(Presets.get("line-bowl"));
        settle(line);
        assertEquals(List.of(), line.hiddenUnits());
        assertEquals(Activation.LINEAR, line.outputActivationProperty().get());
        assertFalse(line.isPlanar());
        assertThrows(IllegalArgumentException.class, () -> Presets.get("nope"));
    }

    @Test
    void settingRulesRefuseWhatTheFieldsMustRefuse() {
        assertEquals("invalid.number", SettingRules.LEARNING_RATE.check("abc").errorKey());
        assertEquals("invalid.number", SettingRules.LEARNING_RATE.check("").errorKey());
        assertEquals("invalid.number", SettingRules.LEARNING_RATE.check("NaN").errorKey());
        assertEquals("invalid.above", SettingRules.LEARNING_RATE.check("-1").errorKey());
        assertEquals("invalid.above", SettingRules.LEARNING_RATE.check("0").errorKey());
        assertEquals("invalid.atMost", SettingRules.LEARNING_RATE.check("10.5").errorKey());
        assertEquals(10, SettingRules.LEARNING_RATE.check("10").value());
        assertEquals(0.03, SettingRules.LEARNING_RATE.check(" 0.03 ").value());
        assertEquals("invalid.atLeast", SettingRules.REGULARIZATION_RATE.check("-0.1").errorKey());
        assertTrue(SettingRules.REGULARIZATION_RATE.check("0").ok());
        assertEquals("invalid.below", SettingRules.MOMENTUM.check("1").errorKey());
        assertEquals("invalid.atLeast", SettingRules.BATCH_SIZE.check("0").errorKey());
        assertEquals("invalid.integer", SettingRules.BATCH_SIZE.check("2.5").errorKey());
        assertEquals(25, SettingRules.BATCH_SIZE.check("25").whole());
        assertEquals("invalid.integer", SettingRules.SEED.check("4x").errorKey());
        assertEquals(Long.MAX_VALUE, SettingRules.SEED.check(Long.toString(Long.MAX_VALUE)).whole());
        assertNull(SettingRules.SEED.check("-7").errorKey());
        assertEquals("0.3", SettingRules.LEARNING_RATE.format(0.3));
        assertEquals("0.001", SettingRules.REGULARIZATION_RATE.format(0.001));
        assertEquals("10", SettingRules.LEARNING_RATE.format(10));
    }

    @Test
    void speedReachesTheSession() {
        StudioModel m = model();
        m.setSpeed(Speed.perFrame(100));
        settle(m);
        assertEquals(Speed.perFrame(100), m.getSnapshot().speed());
        m.setSpeed(Speed.FULL);
        settle(m);
        assertTrue(m.getSnapshot().speed().isFull());
    }

    @Test
    void divergenceStopsTrainingAndResetRecovers() {
        StudioModel m = model();
        m.datasetProperty().set("plane");
        m.hiddenActivationProperty().set(Activation.TANH);
        m.learningRateProperty().set(10);
        m.play();
        for (int i = 0; i < 200 && session.latest().state() != SessionState.DIVERGED; i++) {
            clock.addAndGet(20_000_000);
            session.tick();
        }
        m.pull();
        assertEquals(SessionState.DIVERGED, m.getSnapshot().state());
        assertNotNull(m.getSnapshot().divergence());
        m.play();
        settle(m);
        assertEquals(SessionState.DIVERGED, m.getSnapshot().state(), "play is ignored while diverged");
        m.reset();
        settle(m);
        assertEquals(SessionState.IDLE, m.getSnapshot().state());
        assertEquals(0, m.getSnapshot().step());
    }

    @Test
    void aRepeatedRebuildIsAnnouncedAgain() {
        StudioModel m = model();
        List<String> notices = new java.util.ArrayList<>();
        m.noticeProperty().addListener((o, a, b) -> notices.add(b));
        m.addHiddenLayer();
        m.addHiddenLayer();
        assertEquals(List.of("", "shape", "", "shape").stream().filter(n -> !n.isEmpty()).toList(),
                notices.stream().filter(n -> !n.isEmpty()).toList());
        m.initializerProperty().set(Initializer.HE);
        assertEquals("settings", m.noticeProperty().get());
        m.lossProperty().set(Loss.CROSS_ENTROPY);
        m.regularizationProperty().set(RegularizationType.L2);
        settle(m);
        assertEquals(Loss.CROSS_ENTROPY, m.getSnapshot().loss());
    }

    @Test
    void selectionKeepsWhatFitsAndClearsWhenTheNetworkLosesIt() {
        StudioModel m = model();
        settle(m);
        assertNull(m.getSelection());
        m.select(Selection.parameter(org.backpropstudio.engine.ParameterName.weight(2, 0, 1)));
        assertEquals(Selection.parameter(org.backpropstudio.engine.ParameterName.weight(2, 0, 1)), m.getSelection());
        assertThrows(IllegalArgumentException.class, () -> m.select(Selection.neuron(1, 2)), "layer 1 has 2 units");
        assertThrows(IllegalArgumentException.class,
                () -> m.select(Selection.parameter(org.backpropstudio.engine.ParameterName.weight(0, 0, 2))), "2 inputs");
        m.select(Selection.neuron(0, 3));
        m.step();
        settle(m);
        assertEquals(Selection.neuron(0, 3), m.getSelection(), "a step keeps the selection");
        m.removeUnit(0);
        settle(m);
        assertNull(m.getSelection(), "layer 0 has 3 units now");
        m.select(Selection.neuron(0, 2));
        m.clearSelection();
        assertNull(m.getSelection());
    }
}
