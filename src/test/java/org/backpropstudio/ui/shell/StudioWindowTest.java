package org.backpropstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import atlantafx.base.theme.Styles;

import org.backpropstudio.engine.Activation;
import org.backpropstudio.session.SessionState;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The studio window headless (Monocle): clicks through the main flows and checks the model's state. */
class StudioWindowTest {
    private static final long TIMEOUT_S = 15;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private StudioApp app;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (StudioApp) FxToolkit.setupApplication(StudioApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private StudioModel model() {
        return app.model();
    }

    private Snapshot snap() throws Exception {
        return fx(() -> model().getSnapshot());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static void until(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> {
            try {
                return fx(condition::getAsBoolean);
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(fx(condition::getAsBoolean), what);
    }

    private <T extends Node> T node(String query) {
        T n = robot.lookup(query).query();
        assertNotNull(n, query);
        return n;
    }

    @Test
    void dumpsTheScene() throws Exception {
        fx(() -> {
            dump(stage.getScene().getRoot(), "");
            return null;
        });
    }

    private static void dump(javafx.scene.Parent p, String indent) {
        System.out.println(indent + p.getClass().getSimpleName() + " " + p.getStyleClass() + " " + p.getLayoutBounds());
        if (indent.length() > 12) {
            return;
        }
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.Parent q) {
                dump(q, indent + "  ");
            }
        }
    }
}
