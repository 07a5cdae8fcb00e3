package org.backpropstudio.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.backpropstudio.ui.network.StepThrough;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The keyboard of the studio: Space plays or pauses, Right runs and shows the next phase,
 * Shift+Right or S a whole step, Left shows the phase before again, R resets (not while
 * typing in a field), M shows the math inspector and B the bowl, and Enter presses the focused
 * button; [ and ] (or Ctrl+Left and Ctrl+Right) move one step back and forward along the
 * timeline of past steps, Home goes to its oldest step and End back to now; Ctrl+O opens,
 * Ctrl+S saves; Ctrl+= and Ctrl+- make all text larger or smaller and Ctrl+0 restores it (the
 * root font size, on which every size in the CSS depends); the app adds Ctrl+E (Export figure)
 * with {@link #onShortcut}.
 */
public final class Shortcuts {
    /** Root font sizes in pixels that zooming steps through; {@link #BASE_FONT} is where Ctrl+0 returns. */
    static final List<Integer> FONT_SIZES = List.of(10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32);
    static final int BASE_FONT = 14;

    private final Parent root;
    private int fontSize = BASE_FONT;
    /** Ctrl (Cmd on macOS) + key combinations added with {@link #onShortcut}. */
    private final Map<KeyCode, Runnable> added = new EnumMap<>(KeyCode.class);

    private Shortcuts(Parent root) {
        this.root = root;
    }

    /** Handles the keys on {@code scene}, whose root is zoomed. */
    public static Shortcuts install(Scene scene, StudioModel model, FileActions files, StepThrough steps,
                                    Runnable toggleInspector) {
        return install(scene, model, files, steps, toggleInspector, () -> { });
    }

    /** As above, and B shows or hides the bowl window. */
    public static Shortcuts install(Scene scene, StudioModel model, FileActions files, StepThrough steps,
                                    Runnable toggleInspector, Runnable toggleBowl) {
        Shortcuts s = new Shortcuts(scene.getRoot());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> s.handle(e, scene.getFocusOwner(), model, files, steps, toggleInspector,
                toggleBowl));
        return s;
    }

    private void handle(KeyEvent e, Node focus, StudioModel model, FileActions files, StepThrough steps,
                        Runnable toggleInspector, Runnable toggleBowl) {
        KeyCode k = e.getCode();
        if (e.isShortcutDown() && !e.isAltDown()) {
            if ((k == KeyCode.LEFT || k == KeyCode.RIGHT) && !(focus instanceof TextInputControl)) {
                if (k == KeyCode.LEFT) {
                    steps.backInTime(); // Ctrl+Left/Right: along the timeline, like [ and ]
                } else {
                    steps.forwardInTime();
                }
                e.consume();
                return;
            }
            switch (k) {
                case O -> files.open();
                case S -> files.save();
                case EQUALS, PLUS, ADD -> zoom(+1);
                case MINUS, SUBTRACT -> zoom(-1);
                case DIGIT0, NUMPAD0 -> setFontSize(BASE_FONT);
                default -> {
                    Runnable action = added.get(k);
                    if (action == null) {
                        return;
                    }
                    action.run();
                }
            }
            e.consume();
            return;
        }
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || focus instanceof TextInputControl) {
            return;
        }
        if (k == KeyCode.ENTER && focus instanceof ButtonBase b && !b.isDisabled()) {
            b.fire(); // Space plays and pauses everywhere, so Enter presses the focused button
            e.consume();
            return;
        }
        boolean choosing = focus instanceof Slider || focus instanceof ComboBoxBase;
        switch (k) {
            case SPACE -> {
                if (choosing) {
                    return;
                }
                model.togglePlay();
            }
            case RIGHT -> {
                if (choosing) {
                    return;
                }
                if (e.isShiftDown()) {
                    steps.nextStep();
                } else {
                    steps.nextPhase();
                }
            }
            case LEFT -> {
                if (choosing) {
                    return;
                }
                steps.back();
            }
            case OPEN_BRACKET, CLOSE_BRACKET, HOME, END -> {
                if (choosing || !inTime(k, steps)) {
                    return;
                }
            }
            case S -> model.step();
            case R -> model.reset();
            case M -> toggleInspector.run();
            case B -> toggleBowl.run();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Adds Ctrl (Cmd) + {@code key} for {@code action}, e.g. Ctrl+E for Export figure; returns this. */
    public Shortcuts onShortcut(KeyCode key, Runnable action) {
        added.put(key, action);
        return this;
    }

    /** [ and ] one step back and forward along the timeline, Home its oldest step, End back to now. */
    private static boolean inTime(KeyCode k, StepThrough steps) {
        switch (k) {
            case OPEN_BRACKET -> steps.backInTime();
            case CLOSE_BRACKET -> steps.forwardInTime();
            case HOME -> steps.oldestInTime();
            default -> {
                if (!steps.isReplaying()) {
                    return false; // End means nothing outside a replay: leave it to others
                }
                steps.backToNow();
            }
        }
        return true;
    }

    /** One zoom step larger (+1) or smaller (-1). */
    public void zoom(int direction) {
        int i = FONT_SIZES.indexOf(fontSize);
        int next = Math.max(0, Math.min(FONT_SIZES.size() - 1, (i < 0 ? FONT_SIZES.indexOf(BASE_FONT) : i) + direction));
        setFontSize(FONT_SIZES.get(next));
    }

    /** Sets the root font size in pixels; every em size follows. */
    public void setFontSize(int px) {
        fontSize = px;
        root.setStyle(px == BASE_FONT ? "" : "-fx-font-size: " + px + "px;");
    }

    public int fontSize() {
        return fontSize;
    }
}
