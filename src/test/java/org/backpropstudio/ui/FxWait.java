package org.backpropstudio.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.testfx.util.WaitForAsyncUtils;

/** Waiting on the FX thread in the window tests: run a call there, or poll a condition there until it holds. */
public final class FxWait {
    private FxWait() {
    }

    /** Runs {@code c} on the FX thread and returns its result, waiting at most {@code seconds}. */
    public static <T> T fx(Callable<T> c, long seconds) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(seconds, TimeUnit.SECONDS);
    }

    /**
     * Polls {@code condition} on the FX thread for at most {@code seconds}, then asserts it, so a
     * condition that never came true fails with {@code what}.
     */
    public static void until(String what, long seconds, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                try {
                    return fx(condition::getAsBoolean, seconds);
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            // the assertion below says what was awaited
        }
        assertTrue(fx(condition::getAsBoolean, seconds), what);
    }

    /** Waits until the app's window is open: it shows once its first snapshot and heat maps are in. */
    public static void shown(javafx.stage.Stage stage) throws Exception {
        until("the window opens", 10, stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the studio app on the primary stage and waits until its window is open. */
    public static StudioApp openStudio() throws Exception {
        javafx.stage.Stage stage = org.testfx.api.FxToolkit.registerPrimaryStage();
        StudioApp app = (StudioApp) org.testfx.api.FxToolkit.setupApplication(StudioApp::new);
        shown(stage);
        return app;
    }

    /** Stops what {@link #openStudio} started and closes its windows. */
    public static void closeStudio(StudioApp app) throws Exception {
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
    }
}
