package org.backpropstudio.cli;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

/**
 * Starts JavaFX for the {@code render} command. Where no display exists (Linux without
 * {@code DISPLAY} or {@code WAYLAND_DISPLAY}) and nothing else was chosen with
 * {@code -Dglass.platform}, it picks Monocle's headless glass and software rendering, which need
 * no X server: figures are drawn off screen in any case. With a display the platform's usual
 * glass is used. Either way it draws with the software renderer (unless {@code -Dprism.order} says
 * otherwise), so a figure has the same pixels with or without a display. A toolkit already
 * running (the app's, or a test's) is used as it is.
 */
final class RenderToolkit {
    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
    /** JavaFX's own logger, held so that its level stays set. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static boolean started;

    private RenderToolkit() {
    }

    /** Starts the toolkit unless it runs; a failure to start is a failed command (status 1). */
    static synchronized void start() throws CommandException {
        if (started) {
            return;
        }
        if (needsHeadless()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("java.awt.headless", "true");
        }
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw"); // the same pixels with a display, without one, and with any GPU
        }
        if (!Platform.class.getModule().isNamed()) {
            // started from the class path (java -jar), JavaFX warns that this is not its supported
            // set-up; the figures come out the same, and the command's error stream stays for errors
            JAVAFX_LOG.setLevel(Level.SEVERE);
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException running) {
            ready.countDown(); // already started in this process
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new CommandException(CommandException.FAILED, "render: JavaFX could not start (" + Cli.oneLine(String.valueOf(e.getMessage()))
                    + "); it needs a display, or no DISPLAY set so that it draws headless");
        }
        try {
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new CommandException(CommandException.FAILED, "render: JavaFX did not start within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(CommandException.FAILED, "render: interrupted while JavaFX started");
        }
        started = true;
    }

    /** Whether to draw without a display: none is there, Monocle is, and no platform was chosen. */
    static boolean needsHeadless() {
        if (System.getProperty("glass.platform") != null) {
            return false;
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return linux && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))
                && RenderToolkit.class.getClassLoader().getResource(MONOCLE.replace('.', '/') + ".class") != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
