package org.backpropstudio.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentException;
import org.backpropstudio.io.ExperimentReader;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.shell.FileActions;
import org.backpropstudio.ui.shell.MainWindow;
import org.backpropstudio.ui.shell.Shortcuts;
import org.backpropstudio.ui.studio.Presets;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The studio app: one model on a training thread, one heat-map service, one frame loop, one
 * window. The frame loop calls, in order, the model's {@code pull()}, the heat maps, and the
 * window's views; the FX thread never trains and never waits for the training thread.
 */
public final class StudioApp extends Application {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private StudioModel model;
    private Heatmaps heatmaps;
    private FrameLoop loop;
    private MainWindow window;
    private KioskRun kiosk;
    private Opening opening;

    /**
     * Checks the arguments and opens the app; returns when its last window is closed. Wrong
     * arguments print one {@code error:} line and exit with status 2 before any window opens.
     */
    public static void launchApp(String[] args) {
        try {
            AppOptions.parse(List.of(args));
        } catch (AppOptions.BadArguments e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        String noDisplay = missingDisplay(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println("error: " + noDisplay);
            System.exit(2);
        }
        Application.launch(StudioApp.class, args);
    }

    /**
     * Why the window cannot open, or null when it can: on Linux without an X or Wayland display
     * (e.g. over ssh) the toolkit would fail with a stack trace instead.
     */
    static String missingDisplay(String os, java.util.Map<String, String> env, String glassPlatform) {
        boolean linux = os.toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || "Monocle".equalsIgnoreCase(glassPlatform) || present(env.get("DISPLAY"))
                || present(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "there is no display to open the window on (DISPLAY is not set); without one, the command line"
                + " still works: " + String.join(", ", org.backpropstudio.cli.Cli.COMMANDS);
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    @Override
    public void start(Stage stage) throws AppOptions.BadArguments {
        AppOptions options = AppOptions.parse(getParameters() == null ? List.of() : getParameters().getRaw());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle text = Messages.bundle();

        ExperimentException bad = null;
        Experiment first;
        if (options.file() != null) {
            try {
                first = ExperimentReader.read(options.file());
            } catch (ExperimentException e) {
                bad = e;
                first = Presets.get(Presets.DEFAULT);
            }
        } else {
            first = Presets.get(options.preset());
        }
        model = new StudioModel(TrainingSession::start);
        model.load(first);
        heatmaps = new Heatmaps(model, new HeatmapService());
        window = new MainWindow(model, heatmaps, text);

        loop = new FrameLoop();
        loop.add((now, elapsed) -> model.pull());
        loop.add(heatmaps);
        loop.add(window::onFrame);
        if (options.exitAfter() > 0 || options.frameStats() != null) {
            kiosk = new KioskRun(model, loop.stats(), options.exitAfter(), options.frameStats(), Platform::exit);
            loop.add(kiosk);
            if (options.bowl()) {
                kiosk.reportBowl(() -> window.bowl().controller().rate().overall());
            }
        }

        // 1280x800, or the whole screen where it is smaller (a 1024x768 projector, a small laptop)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        scene.getStylesheets().addAll(stylesheets(text.getLocale()));
        scene.addPostLayoutPulseListener(loop::frameWorked);
        Shortcuts.install(scene, model, window.files(), window.networkView().stepThrough(), window::toggleInspector,
                window::toggleBowl).onShortcut(javafx.scene.input.KeyCode.E, window.toolbar()::showFigureMenu);
        stage.setTitle(text.getString("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setScene(scene);
        ExperimentException unread = bad;
        opening = new Opening(stage, model, heatmaps, window, loop, () -> {
            if (unread != null) {
                FileActions.showReadError(stage, text, unread);
            }
            if (options.bowl() && options.bowlMode() == null && options.file() == null && "line-bowl".equals(options.preset())) {
                window.openBowlLesson(); // the bowl lesson, slow enough to watch
            } else if (options.bowl()) {
                if (options.bowlMode() != null) {
                    window.bowl().model().modeProperty().set(options.bowlMode());
                }
                window.bowl().show();
            }
            if (options.autoplay()) {
                model.play();
            }
        });
        opening.start(); // shows the window when the first heat maps are in
    }

    @Override
    public void stop() {
        if (opening != null) {
            opening.stop();
        }
        if (loop != null) {
            loop.stop();
        }
        if (kiosk != null) {
            kiosk.finish(); // closed before --exit-after: still report what was measured
        }
        if (window != null) {
            window.dispose();
        }
        if (heatmaps != null) {
            heatmaps.close();
        }
        if (model != null) {
            model.close();
        }
    }

    /** The view model (for tests). */
    public StudioModel model() {
        return model;
    }

    /** The window's content (for tests). */
    public MainWindow window() {
        return window;
    }

    /** The app's stylesheet, then the one for the UI language if there is one (e.g. {@code studio_ko.css}). */
    public static List<String> stylesheets(Locale language) {
        List<String> sheets = new ArrayList<>();
        sheets.add(Objects.requireNonNull(StudioApp.class.getResource("studio.css"), "studio.css").toExternalForm());
        URL own = language.getLanguage().isEmpty() ? null
                : StudioApp.class.getResource("studio_" + language.getLanguage() + ".css");
        if (own != null) {
            sheets.add(own.toExternalForm());
        }
        return sheets;
    }
}
