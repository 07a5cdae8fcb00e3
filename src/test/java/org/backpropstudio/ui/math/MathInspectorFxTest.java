package org.backpropstudio.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.Selection;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector in a window on a real training thread: the numbers it shows for an output
 * weight are the engine trace's, and after a step they are the new trace's.
 */
class MathInspectorFxTest {
    private StudioModel model;
    private MathInspector inspector;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new StudioModel(TrainingSession::start);
        FxToolkit.setupStage(s -> {
            inspector = new MathInspector(model, Messages.bundle(Locale.ROOT));
            Scene scene = new Scene(inspector, 560, 700);
            scene.getStylesheets().setAll(StudioApp.class.getResource("studio.css").toExternalForm());
            s.setScene(scene);
            s.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            inspector.dispose();
            return null;
        });
        FxToolkit.cleanupStages();
        model.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** Frame times of {@link #frame()}: far enough apart that every frame may redraw. */
    private long clock = 1_000_000_000L;

    private void frame() throws Exception {
        clock += 200_000_000L;
        long now = clock;
        fx(() -> {
            model.pull();
            inspector.onFrame(now, 0.2);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double only(Formulas.Sheet s, String role) {
        List<Double> v = s.values(role);
        assertFalse(v.isEmpty(), role);
        return v.get(0);
    }

    /** The numbers shown for output weight w:L:0:1 equal the trace's factors and product. */
    private void assertShowsTrace(Snapshot snap, ParameterName w) throws Exception {
        StepTrace.Layer out = snap.trace().layer(w.layer());
        Formulas.Sheet sheet = fx(inspector::sheet);
        double[] f = out.chainFactors(w.unit(), w.from());
        assertEquals(f[0], only(sheet, Formulas.ROLE_DEDA), 0.0);
        assertEquals(f[1], only(sheet, Formulas.ROLE_DADZ), 0.0);
        assertEquals(f[2], only(sheet, Formulas.ROLE_INPUT), 0.0);
        assertEquals(out.dEdw()[w.unit()][w.from()], only(sheet, Formulas.ROLE_DEDW), 0.0);
        String shown = fx(inspector::displayedText);
        for (double v : f) {
            assertTrue(shown.contains(Numbers.precise(v)), Numbers.precise(v) + " is on screen:\n" + shown);
        }
        assertTrue(shown.contains(Numbers.precise(out.dEdw()[w.unit()][w.from()])), shown);
    }

    @Test
    void showsTheTraceOfAnOutputWeightAndFollowsASteps() throws Exception {
        frame();
        Snapshot first = model.getSnapshot();
        int outputLayer = first.shape().layerCount() - 1;
        ParameterName w = ParameterName.weight(outputLayer, 0, 1);
        fx(() -> {
            model.select(Selection.parameter(w));
            return null;
        });
        frame();
        assertEquals(Selection.parameter(w), fx(() -> inspector.chooser().getValue()), "the chooser follows the model");
        assertShowsTrace(first, w);
        assertNull(fx(inspector::sheet).plot(), "no plot for a weight");

        model.step();
        model.session().barrier().get(10, TimeUnit.SECONDS);
        frame();
        Snapshot second = model.getSnapshot();
        assertEquals(1, second.step());
        assertShowsTrace(second, w);
        assertNotEquals(first.trace().layer(outputLayer).dEdw()[0][1], second.trace().layer(outputLayer).dEdw()[0][1]);
        Formulas.Sheet sheet = fx(inspector::sheet);
        assertEquals(second.lastStep().after()[w.index(second.network())], only(sheet, Formulas.ROLE_W_AFTER), 0.0);
    }

    @Test
    void theChooserSelectsANeuronAndShowsItsPlot() throws Exception {
        frame();
        fx(() -> {
            inspector.chooser().setValue(Selection.neuron(0, 1));
            return null;
        });
        frame();
        assertEquals(Selection.neuron(0, 1), model.getSelection());
        Formulas.Sheet sheet = fx(inspector::sheet);
        assertNotNull(sheet.plot());
        assertEquals(model.getSnapshot().trace().layer(0).z()[1], only(sheet, Formulas.ROLE_Z), 0.0);
        assertTrue(fx(() -> inspector.plot().getHeight()) > 50, "the plot is laid out");
    }

    @Test
    void newSnapshotsRedrawAtMostTenTimesASecond() throws Exception {
        long t0 = 1_000_000_000L;
        fx(() -> {
            model.pull();
            model.select(Selection.neuron(0, 0));
            inspector.onFrame(t0, 0);
            return null;
        });
        Formulas.Sheet first = fx(inspector::sheet);
        model.step();
        model.session().barrier().get(10, TimeUnit.SECONDS);
        fx(() -> {
            model.pull();
            inspector.onFrame(t0 + 50_000_000L, 0.05);
            return null;
        });
        assertSame(first, fx(inspector::sheet), "50 ms after the last redraw the new snapshot waits");
        fx(() -> {
            inspector.onFrame(t0 + 110_000_000L, 0.06);
            return null;
        });
        Formulas.Sheet second = fx(inspector::sheet);
        assertNotSame(first, second);
        assertEquals(model.getSnapshot().trace().layer(0).z()[0], only(second, Formulas.ROLE_Z), 0.0);
        fx(() -> {
            model.select(Selection.neuron(0, 1));
            inspector.onFrame(t0 + 120_000_000L, 0.01);
            return null;
        });
        assertEquals(model.getSnapshot().trace().layer(0).z()[1], only(fx(inspector::sheet), Formulas.ROLE_Z), 0.0,
                "a new selection is shown at the next frame");
    }
}
