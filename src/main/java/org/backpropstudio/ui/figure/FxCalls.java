package org.backpropstudio.ui.figure;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;

/**
 * Work handed to the FX thread by the thread that draws a figure, which waits for the answer.
 * Only that other thread ever waits: calling these on the FX thread is a programming error.
 */
final class FxCalls {
    /** How long one piece of FX work may take before the figure is given up. */
    static final long TIMEOUT_SECONDS = 120;

    private FxCalls() {
    }

    interface FxWork {
        void run() throws Exception;
    }

    static void run(FxWork work) throws FigureException {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T call(Callable<T> work) throws FigureException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a figure is drawn from another thread than the FX thread, which never waits");
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof FigureException f) {
                throw f;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new FigureException(c.getMessage() != null ? c.getMessage() : c.toString(), c);
        } catch (TimeoutException e) {
            task.cancel(false);
            throw new FigureException("the JavaFX thread did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FigureException("interrupted while drawing");
        }
    }
}
