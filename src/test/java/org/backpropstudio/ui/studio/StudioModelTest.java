package org.backpropstudio.ui.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.Activation;
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
        session.runPendingCommands();
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
}
