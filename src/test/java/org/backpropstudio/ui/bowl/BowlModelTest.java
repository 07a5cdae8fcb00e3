package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.studio.Selection;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bowl's view model without the toolkit, fed by a studio model on a manual session. */
class BowlModelTest {
    private final AtomicLong clock = new AtomicLong();
    private StudioModel studio;
    private BowlModel bowl;

    @BeforeEach
    void open() {
        studio = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, clock::get));
        bowl = new BowlModel(studio.selectionProperty());
        settle();
    }

    @AfterEach
    void close() {
        studio.close();
    }

    /** Runs the session's commands and takes the newest snapshot, as one frame would. */
    private Snapshot settle() {
        studio.session().runPendingCommands();
        studio.pull();
        bowl.update(studio.getSnapshot());
        return studio.getSnapshot();
    }

    private static ParameterName w(int l, int j, int k) {
        return ParameterName.weight(l, j, k);
    }

    @Test
    void startsOnTheFirstTwoParametersOfTheOutputLayer() {
        assertEquals("2-4-2-1", studio.getSnapshot().network().toString());
        assertEquals(w(2, 0, 0), bowl.getX());
        assertEquals(w(2, 0, 1), bowl.getY());
        assertEquals(studio.getSnapshot().parameterCount(), bowl.parameters().size(), "every parameter can be picked");
    }

    @Test
    void picksOnTheDiagramBecomeYAndTheOldYBecomesX() {
        long v = bowl.getVersion();
        studio.select(Selection.parameter(w(0, 1, 0)));
        assertEquals(w(2, 0, 1), bowl.getX(), "the y before");
        assertEquals(w(0, 1, 0), bowl.getY(), "the new pick");
        assertTrue(bowl.getVersion() > v, "a new plane");
        studio.select(Selection.parameter(ParameterName.bias(1, 1)));
        assertEquals(w(0, 1, 0), bowl.getX());
        assertEquals(ParameterName.bias(1, 1), bowl.getY());
        studio.select(Selection.neuron(1, 0));
        assertEquals(ParameterName.bias(1, 1), bowl.getY(), "a neuron is no parameter: nothing changes");
        studio.select(Selection.parameter(ParameterName.bias(1, 1)));
        studio.clearSelection();
        studio.select(Selection.parameter(ParameterName.bias(1, 1)));
        assertEquals(w(0, 1, 0), bowl.getX(), "picking y again changes nothing");
        studio.select(Selection.parameter(w(0, 1, 0)));
        assertEquals(ParameterName.bias(1, 1), bowl.getX(), "picking x swaps the two");
        assertEquals(w(0, 1, 0), bowl.getY());
    }

    @Test
    void thePickersSwapRatherThanShowOneParameterTwice() {
        bowl.setX(w(2, 0, 1));
        assertEquals(w(2, 0, 1), bowl.getX());
        assertEquals(w(2, 0, 0), bowl.getY());
        bowl.setY(w(1, 1, 3));
        assertEquals(w(1, 1, 3), bowl.getY());
        assertThrows(IllegalArgumentException.class, () -> bowl.show(w(0, 0, 0), w(0, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> bowl.pick(w(5, 0, 0)), "not in this network");
    }

    @Test
    void thePathGrowsWithEveryNewStepAndResetClearsIt() {
        assertEquals(1, bowl.path().size(), "the start");
        int ix = BowlModel.index(studio.getSnapshot().shape(), bowl.getX());
        int iy = BowlModel.index(studio.getSnapshot().shape(), bowl.getY());
        double[] startParams = studio.getSnapshot().parameters();
        for (int i = 0; i < 5; i++) {
            studio.step();
            settle();
        }
        assertEquals(6, bowl.path().size());
        assertFalse(bowl.update(studio.getSnapshot()), "the same snapshot adds nothing");
        double[][] xy = new double[2][];
        int n = bowl.pathInPlane(xy);
        assertEquals(6, n);
        assertEquals(startParams[ix], xy[0][0], 0, "the path starts at the start");
        assertEquals(startParams[iy], xy[1][0], 0);
        Snapshot now = studio.getSnapshot();
        assertEquals(now.parameter(ix), xy[0][n - 1], 0, "and ends at the current point");
        assertEquals(now.parameter(iy), xy[1][n - 1], 0);
        assertTrue(xy[0][n - 1] != xy[0][0] || xy[1][n - 1] != xy[1][0], "training moved the point");

        studio.reset();
        settle();
        assertEquals(1, bowl.path().size(), "a reset starts the path over");
        assertEquals(0, bowl.path().currentStep());
        assertArrayEquals(startParams, bowl.path().current(), 0);
    }

    @Test
    void withTheTwoParametersWatchedThePathHasEveryStepNotOnePerFrame() throws Exception {
        int[] watch = bowl.watch();
        assertArrayEquals(new int[] {BowlModel.index(studio.getSnapshot().shape(), bowl.getX()),
                BowlModel.index(studio.getSnapshot().shape(), bowl.getY())}, watch);
        // two steps seen in one frame: the frames alone know the start and step 2
        studio.step();
        studio.step();
        settle();
        double[][] xy = new double[2][];
        assertEquals(2, bowl.pathInPlane(xy), "per frame: the start and step 2");
        // from now on the training thread records the two after every step; five steps in one frame
        studio.session().watchParameters(watch[0], watch[1]);
        settle();
        for (int i = 0; i < 5; i++) {
            studio.step();
        }
        settle();
        assertEquals(3, bowl.path().size(), "one frame, one more sample");
        int n = bowl.pathInPlane(xy);
        assertEquals(7, n, "the start from the frames, then steps 2 to 7 as recorded");
        for (int k = 2; k <= 7; k++) {
            var f = studio.session().history(k);
            studio.session().runPendingCommands();
            double[] after = f.get().after();
            assertEquals(after[watch[0]], xy[0][k - 1], 0, "x after step " + k);
            assertEquals(after[watch[1]], xy[1][k - 1], 0, "y after step " + k);
        }
        // another plane has no recording (yet): the frames again
        bowl.setX(bowl.parameters().get(0));
        assertEquals(3, bowl.pathInPlane(xy));
        assertTrue(bowl.recorded().watches(watch[0], watch[1]));
        bowl.show(ParameterName.weight(2, 0, 0), ParameterName.weight(2, 0, 1));
        assertEquals(7, bowl.pathInPlane(xy), "back on the watched two");
    }

    @Test
    void aNewNetworkKeepsPicksItHasAndReplacesTheOthers() {
        studio.select(Selection.parameter(w(0, 3, 1)));
        studio.step();
        settle();
        assertEquals(w(0, 3, 1), bowl.getY());
        studio.removeHiddenLayer(); // 2-4-1
        settle();
        assertEquals("2-4-1", studio.getSnapshot().network().toString());
        assertEquals(w(0, 3, 1), bowl.getY(), "the 2-4-1 network still has w:0:3:1");
        assertEquals(w(1, 0, 0), bowl.getX(), "but no layer 2: the output layer's first weight instead");
        assertEquals(1, bowl.path().size(), "a new network starts a new path");
        assertEquals(4 * 3 + 5, bowl.parameters().size());
        studio.removeHiddenLayer(); // 2-1
        settle();
        assertEquals(w(0, 0, 0), bowl.getX());
        assertEquals(w(0, 0, 1), bowl.getY());
    }

    @Test
    void indicesAgreeWithTheEngine() {
        studio.addHiddenLayer();
        settle();
        Network net = studio.getSnapshot().network();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (ParameterName p : BowlModel.names(studio.getSnapshot().shape())) {
            assertEquals(p.index(net), BowlModel.index(studio.getSnapshot().shape(), p), p.toString());
            seen.add(p.index(net));
        }
        assertEquals(net.parameterCount(), seen.size(), "every parameter named once");
    }

    @Test
    void aChangedPlaneForgetsTheWindow() {
        bowl.setWindow(new SliceWindow(0, 0, 1));
        bowl.gridProperty().set(65);
        assertNull(bowl.window());
        bowl.setWindow(new SliceWindow(0, 0, 1));
        bowl.modeProperty().set(BowlMode.PRINCIPAL_DIRECTIONS);
        assertNull(bowl.window());
        assertEquals(BowlModel.MIN_SPAN_PRINCIPAL, bowl.minSpan());
    }
}
