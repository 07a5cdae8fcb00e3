package org.backpropstudio.ui.shell;

import java.text.NumberFormat;
import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.Speed;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The toolbar: open and save, reset, step, play/pause, the speed, and the counters (step,
 * epoch, training and test loss, steps per second), which {@link #onFrame} refreshes from the
 * model's snapshot once per frame.
 */
public final class ToolbarView extends HBox {
    /** The speed choices: steps per frame of 1/60 s, and 0 for as fast as the engine goes. */
    static final List<Integer> SPEEDS = List.of(1, 10, 100, 1000, 0);

    private final StudioModel model;
    private final ResourceBundle text;
    private final Button play = new Button();
    private final FontIcon playIcon = new FontIcon(MaterialDesignP.PLAY);
    private final FontIcon pauseIcon = new FontIcon(MaterialDesignP.PAUSE);
    private final Label step = value("step-value");
    private final Label epoch = value("epoch-value");
    private final Label trainLoss = value("train-loss-value");
    private final Label testLoss = value("test-loss-value");
    private final Label speed = value("speed-value");
    private final ToggleGroup speeds = new ToggleGroup();
    private final NumberFormat whole;
    private final Button math;
    private long shownSequence = -1;
    private Boolean shownRunning;
    private double sinceShown = Double.POSITIVE_INFINITY;
    private MenuButton figureMenu;

    public ToolbarView(StudioModel model, ResourceBundle text, FileActions files, Runnable toggleInspector) {
        this.model = model;
        this.text = text;
        this.whole = NumberFormat.getIntegerInstance(text.getLocale());
        getStyleClass().add("studio-toolbar");

        Button open = iconButton("open", new FontIcon(MaterialDesignF.FOLDER_OPEN), "toolbar.open");
        open.setOnAction(e -> files.open());
        Button save = iconButton("save", new FontIcon(MaterialDesignC.CONTENT_SAVE), "toolbar.save");
        save.setOnAction(e -> files.save());
        Button reset = iconButton("reset", new FontIcon(MaterialDesignR.RESTART), "toolbar.reset");
        reset.setOnAction(e -> model.reset());
        Button stepButton = iconButton("step", new FontIcon(MaterialDesignS.STEP_FORWARD), "toolbar.step");
        stepButton.setOnAction(e -> model.step());
        math = iconButton("inspector", new FontIcon(MaterialDesignF.FUNCTION_VARIANT), "toolbar.inspector");
        math.setOnAction(e -> toggleInspector.run());
        play.setId("play");
        play.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT, "play-button");
        play.setOnAction(e -> model.togglePlay());
        showRunning(false);

        // the status line shows the epoch too: a narrow toolbar leaves it out, so the losses fit
        narrow = Bindings.createBooleanBinding(() -> getWidth() < NARROW_EMS * open.getFont().getSize(), widthProperty());
        VBox epochCounter = counter("toolbar.epoch.caption", epoch);
        epochCounter.visibleProperty().bind(narrow.not());
        epochCounter.managedProperty().bind(epochCounter.visibleProperty());
        getChildren().addAll(open, save, separator(), reset, stepButton, play, separator(), speedControl(), separator(), math,
                grow(), counter("toolbar.step.caption", step), epochCounter,
                counter("toolbar.trainLoss.caption", trainLoss), counter("toolbar.testLoss.caption", testLoss),
                counter("toolbar.speed.caption", speed));
    }

    /**
     * Adds "Export figure" after the math inspector's button: a menu of the figures
     * {@code figures} writes (the diagram, this step's animation, the output view, the loss chart).
     */
    public void addFigureMenu(FigureActions figures) {
        figureMenu = new MenuButton(null, new FontIcon(MaterialDesignI.IMAGE_MOVE));
        figureMenu.setId("export-figure");
        figureMenu.getStyleClass().addAll(Styles.BUTTON_ICON, Tweaks.NO_ARROW);
        figureMenu.setTooltip(new Tooltip(text.getString("toolbar.figure")));
        figureMenu.setAccessibleText(text.getString("toolbar.figure"));
        for (FigureActions.Kind kind : FigureActions.Kind.values()) {
            MenuItem item = new MenuItem(text.getString(kind.key()));
            item.setId("export-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> figures.choose(kind));
            figureMenu.getItems().add(item);
        }
        figureMenu.setOnShowing(e -> {
            for (int i = 0; i < figureMenu.getItems().size(); i++) {
                figureMenu.getItems().get(i).setDisable(!figures.available(FigureActions.Kind.values()[i]));
            }
        });
        int after = getChildren().indexOf(lookup("#inspector"));
        getChildren().add(after < 0 ? getChildren().size() : after + 1, figureMenu);
    }

    /** Opens the Export figure menu (Ctrl+E), if there is one. */
    public void showFigureMenu() {
        if (figureMenu != null) {
            figureMenu.show();
        }
    }

    /**
     * Adds, after the math inspector's button, the button of the bowl window (the loss surface)
     * and the one-click bowl lesson.
     */
    /**
     * Below this width, in font sizes, the toolbar is narrow (a 1024-pixel projector): it drops the
     * epoch counter (the status line shows it) and the text of the bowl lesson's button.
     */
    private static final double NARROW_EMS = 85;
    private final BooleanBinding narrow;

    public void addBowlTools(Runnable toggleBowl, Runnable bowlLesson) {
        Button bowl = iconButton("bowl", new FontIcon(MaterialDesignT.TERRAIN), "toolbar.bowl");
        bowl.setOnAction(e -> toggleBowl.run());
        Button lesson = new Button(text.getString("toolbar.bowlLesson.text"), new FontIcon(MaterialDesignB.BOWL_OUTLINE));
        lesson.setId("bowl-lesson");
        lesson.getStyleClass().addAll(Styles.FLAT, "bowl-lesson-button");
        lesson.setMinWidth(USE_PREF_SIZE);
        lesson.setTooltip(new Tooltip(text.getString("toolbar.bowlLesson")));
        lesson.setAccessibleText(text.getString("toolbar.bowlLesson"));
        lesson.setOnAction(e -> bowlLesson.run());
        // on a narrow window (a 1024-pixel projector) the lesson button keeps only its icon, so the counters fit
        lesson.contentDisplayProperty().bind(
                Bindings.when(narrow).then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
        int at = getChildren().indexOf(math) + 1;
        getChildren().addAll(at, List.of(bowl, lesson));
    }

    private VBox speedControl() {
        VBox box = new VBox();
        box.getStyleClass().add("speed-control");
        Label caption = new Label(text.getString("toolbar.speed"));
        caption.getStyleClass().add("counter-caption");
        HBox buttons = new HBox();
        for (int i = 0; i < SPEEDS.size(); i++) {
            int n = SPEEDS.get(i);
            ToggleButton b = new ToggleButton(n == 0 ? text.getString("toolbar.speed.full") : whole.format(n));
            b.setId("speed-" + (n == 0 ? "full" : n));
            b.setUserData(n);
            b.setToggleGroup(speeds);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == SPEEDS.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(USE_PREF_SIZE);
            b.setTooltip(new Tooltip(n == 0 ? text.getString("toolbar.speed.full.help")
                    : org.backpropstudio.ui.i18n.Messages.format(text, "toolbar.speed.help", n, 60L * n)));
            buttons.getChildren().add(b);
        }
        speeds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
                return;
            }
            if (showingSpeed) {
                return; // the snapshot's own speed shown: no command back to the session
            }
            int n = (Integer) b.getUserData();
            model.setSpeed(n == 0 ? Speed.FULL : Speed.perFrame(n));
        });
        box.getChildren().addAll(caption, buttons);
        return box;
    }

    /** At most this many counter updates a second while training (more could not be read, and each costs drawing). */
    static final double COUNTER_UPDATES_PER_SECOND = 20;

    /** Refreshes the counters and the play button from the newest snapshot. */
    public void onFrame(long now, double elapsed) {
        sinceShown += elapsed;
        Snapshot s = model.getSnapshot();
        if (s == null || s.sequence() == shownSequence) {
            return;
        }
        boolean stateChanged = shownRunning == null || shownRunning != s.isRunning();
        if (!stateChanged && s.isRunning() && sinceShown < 1 / COUNTER_UPDATES_PER_SECOND) {
            return;
        }
        sinceShown = 0;
        shownSequence = s.sequence();
        step.setText(whole.format(s.step()));
        epoch.setText(whole.format(s.epoch()));
        trainLoss.setText(loss(s.trainLoss()));
        testLoss.setText(loss(s.testLoss()));
        speed.setText(s.isRunning() ? whole.format(Math.round(s.stepsPerSecond())) : "\u2013");
        showRunning(s.isRunning());
        play.setDisable(s.isDiverged()); // playing is refused until a reset
        selectSpeed(s.speed());
    }

    private void selectSpeed(Speed sp) {
        Integer n = sp.stepsPerFrame();
        if (speeds.getSelectedToggle() == null || !n.equals(speeds.getSelectedToggle().getUserData())) {
            showingSpeed = true;
            try {
                speeds.getToggles().stream().filter(t -> n.equals(t.getUserData())).findFirst()
                        .ifPresent(t -> t.setSelected(true));
            } finally {
                showingSpeed = false;
            }
        }
    }

    /** True while the speed buttons show the snapshot's speed (not a click). */
    private boolean showingSpeed;

    private void showRunning(boolean running) {
        if (shownRunning != null && shownRunning == running) {
            return;
        }
        shownRunning = running;
        play.setGraphic(running ? pauseIcon : playIcon);
        String key = running ? "toolbar.pause" : "toolbar.play";
        play.setTooltip(new Tooltip(text.getString(key)));
        play.setAccessibleText(text.getString(key));
    }

    private String loss(double v) {
        return Double.isFinite(v) ? String.format(text.getLocale(), "%.4f", v) : "\u2013";
    }

    private Button iconButton(String id, FontIcon icon, String key) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(text.getString(key)));
        b.setAccessibleText(text.getString(key));
        return b;
    }

    private VBox counter(String captionKey, Label value) {
        Label caption = new Label(text.getString(captionKey));
        caption.getStyleClass().add("counter-caption");
        caption.setMinWidth(USE_PREF_SIZE);
        VBox box = new VBox(caption, value);
        box.getStyleClass().add("counter");
        return box;
    }

    private static Label value(String id) {
        Label l = new Label("0");
        l.setId(id);
        l.setMinWidth(USE_PREF_SIZE);
        l.getStyleClass().add("counter-value");
        return l;
    }

    private static Separator separator() {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        s.getStyleClass().add("toolbar-separator");
        return s;
    }

    private static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
