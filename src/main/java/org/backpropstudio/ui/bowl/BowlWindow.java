package org.backpropstudio.ui.bowl;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The bowl in a window of its own beside the studio (or on a second screen at a projector):
 * owns the bowl's model, its sampling service, the per-frame controller and the pane. The
 * studio's frame loop calls {@link #onFrame}; while the window is closed only the path is
 * recorded (and the training thread is asked to record the plane's two parameters after every
 * step). It opens beside the studio's window when the screen has room ({@link WindowPlace}). In
 * the window, Space plays or pauses, S steps, R resets and B closes it.
 */
public final class BowlWindow {
    public static final double WIDTH = 1180;
    public static final double HEIGHT = 760;

    private final StudioModel studio;
    private final ResourceBundle text;
    private final BowlModel model;
    private final BowlController controller;
    private final BowlPane pane;
    private final BowlRace race;
    private final Supplier<Scene> ownerScene;
    private Stage stage;
    /** Whether the window was shown once (it may have been built before, by {@link #prepare}). */
    private boolean opened;
    /** The parameters last asked to be recorded after every step, and when (nanoseconds). */
    private int[] watchSent;
    private long watchSentAt;

    /** {@code ownerScene}: the studio's scene (for the owner window and the stylesheets), or null. */
    public BowlWindow(StudioModel studio, ResourceBundle text, Supplier<Scene> ownerScene) {
        this.studio = studio;
        this.text = text;
        this.ownerScene = ownerScene;
        this.model = new BowlModel(studio.selectionProperty());
        this.controller = new BowlController(studio, model, new BowlService(), text);
        this.pane = new BowlPane(controller, text);
        controller.setSink(pane);
        this.race = new BowlRace(studio, model, controller, text);
        pane.setRace(race.toggle(), race.section());
    }

    /** The optimizer race in the window. */
    public BowlRace race() {
        return race;
    }

    public BowlModel model() {
        return model;
    }

    public BowlController controller() {
        return controller;
    }

    public BowlPane pane() {
        return pane;
    }

    /** The stage, or null before the window was first shown. */
    public Stage stage() {
        return opened ? stage : null;
    }

    /** Draws further named paths over the slice (e.g. an optimizer race); empty removes them. */
    public void setExtraPaths(List<PathLine> paths) {
        controller.setExtraPaths(paths);
    }

    /** Once per frame, from the studio's frame loop. */
    public void onFrame(long now, double elapsed) {
        if (isShowing()) {
            race.onFrame(now, elapsed);
        }
        controller.onFrame(now, elapsed);
        watch(now);
    }

    /** Seconds after which a watch the snapshots do not show yet (e.g. dropped by a new network) is asked again. */
    static final double WATCH_RETRY_SECONDS = 0.5;

    /**
     * Asks the training thread to record the plane's two parameters after every step (also while
     * the window is closed, as the path grows then too): when they change, and again when the
     * snapshots still do not carry them a while later.
     */
    private void watch(long now) {
        int[] w = model.watch();
        if (w == null || studio.session() == null) {
            return;
        }
        boolean carried = model.recorded().watches(w[0], w[1]);
        boolean retry = !carried && now - watchSentAt >= WATCH_RETRY_SECONDS * 1e9;
        if (!java.util.Arrays.equals(w, watchSent) || retry) {
            studio.session().watchParameters(w[0], w[1]);
            watchSent = w;
            watchSentAt = now;
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** Shows the window, or hides it when it is showing. */
    public void toggle() {
        if (isShowing()) {
            stage.hide();
        } else {
            show();
        }
    }

    /**
     * Builds the window without showing it and renders it once off screen (its CSS, layout and
     * the renderer's code), so that opening it later is quick: built cold, the first opening
     * held the FX thread for 250 to 400 ms on a slow machine. The app calls it before its own
     * window shows; {@link #show} calls it if nobody did.
     */
    public void prepare() {
        if (stage != null) {
            return;
        }
        stage = new Stage();
        stage.setTitle(text.getString("bowl.window.title"));
        Scene owner = ownerScene == null ? null : ownerScene.get();
        Window ownerWindow = owner == null ? null : owner.getWindow();
        if (ownerWindow != null) {
            stage.initOwner(ownerWindow);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(pane, width(screen), height(screen));
        if (owner != null) {
            scene.getStylesheets().setAll(owner.getStylesheets());
            // the studio's text size (Ctrl+= / Ctrl+-) applies here too
            pane.styleProperty().bind(owner.getRoot().styleProperty());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setMinWidth(560);
        stage.setMinHeight(420);
        stage.setOnShown(e -> pane.surfaceView().requestFocus()); // arrows turn it, Space plays
        scene.snapshot(null);
    }

    /** Shows the window (and brings it to the front); the first time beside the studio's window when the screen has room. */
    public void show() {
        prepare();
        if (!opened) {
            opened = true;
            Window ownerWindow = stage.getOwner();
            if (ownerWindow != null) {
                // beside the studio when its screen has room (else where the toolkit puts it, over the studio)
                Rectangle2D ownerBounds = new Rectangle2D(ownerWindow.getX(), ownerWindow.getY(),
                        Math.max(1, ownerWindow.getWidth()), Math.max(1, ownerWindow.getHeight()));
                Rectangle2D screen = screenOf(ownerBounds);
                double w = width(screen);
                double h = height(screen);
                stage.setWidth(w);
                stage.setHeight(h);
                WindowPlace place = WindowPlace.beside(ownerBounds, w, h, screen);
                if (place != null) {
                    ownerWindow.setX(place.ownerX());
                    stage.setX(place.bowl().getMinX());
                    stage.setY(place.bowl().getMinY());
                    stage.setWidth(place.bowl().getWidth());
                    stage.setHeight(place.bowl().getHeight());
                }
            }
        }
        stage.show();
        stage.toFront();
    }

    /** The window's width on {@code screen}: 1180, more on a large screen, never more than the screen. */
    private static double width(Rectangle2D screen) {
        return Math.min(Math.max(WIDTH, screen.getWidth() * 0.7), screen.getWidth());
    }

    /** The window's height on {@code screen}: 760, more on a large screen, never more than the screen. */
    private static double height(Rectangle2D screen) {
        return Math.min(Math.max(HEIGHT, screen.getHeight() * 0.75), screen.getHeight());
    }

    /** The visible bounds of the screen that holds most of {@code r} (the primary one if none does). */
    private static Rectangle2D screenOf(Rectangle2D r) {
        List<Screen> screens = Screen.getScreensForRectangle(r);
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** Opens the window on two parameters (a lesson). */
    public void showOn(ParameterName x, ParameterName y) {
        model.modeProperty().set(BowlMode.PARAMETERS);
        model.show(x, y);
        show();
    }

    public void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Node focus = stage.getScene().getFocusOwner();
        boolean choosing = focus instanceof ComboBoxBase || focus instanceof ChoiceBox;
        KeyCode k = e.getCode();
        switch (k) {
            case SPACE -> {
                if (choosing) {
                    return;
                }
                studio.togglePlay();
            }
            case S -> studio.step();
            case R -> studio.reset();
            case B, ESCAPE -> hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Closes the window and stops sampling. */
    public void dispose() {
        hide();
        pane.dispose();
        race.close();
        controller.close();
    }
}
