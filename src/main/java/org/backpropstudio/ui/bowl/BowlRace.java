package org.backpropstudio.ui.bowl;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.surface.OptimizerRace;
import org.backpropstudio.surface.RacePath;
import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The optimizer race inside the bowl window: a toggle button for the window's controls and a
 * section (style class {@code bowl-race}) holding the {@link RacePanel}, shown beside the
 * views while the button is down. While it is open and the bowl slices two
 * parameters, a race starts from the newest snapshot on those two (again on the Race button and
 * whenever the pair or the network changes, never merely because training moved on), and every
 * racer's path is handed to the bowl's views in its racer's colour. The slice is then centred on
 * the race's start and wide enough for every racer that did not diverge. In a plane of directions
 * there is no race (a note says why). FX thread only; the race itself runs on the model's worker.
 */
public final class BowlRace implements AutoCloseable {
    private final StudioModel studio;
    private final BowlModel bowl;
    private final BowlController controller;
    private final ResourceBundle text;
    private final RaceModel model;
    private final RacePanel panel;
    private final Label note = new Label();
    private final ToggleButton toggle;
    private final VBox section;
    /** What the shown race was started on: x, y, the network's shape; null for none. */
    private List<Object> racedOn;
    private RaceResult shown;

    public BowlRace(StudioModel studio, BowlModel bowl, BowlController controller, ResourceBundle text) {
        this(studio, bowl, controller, text, new RaceModel(text));
    }

    /** With a race model of the caller's (e.g. one on a same-thread worker in tests). */
    public BowlRace(StudioModel studio, BowlModel bowl, BowlController controller, ResourceBundle text, RaceModel model) {
        this.studio = studio;
        this.bowl = bowl;
        this.controller = controller;
        this.text = text;
        this.model = model;
        this.panel = new RacePanel(model, text);
        panel.hideTitle();
        panel.raceButton().setOnAction(e -> start());
        note.getStyleClass().add("bowl-race-note");
        note.setWrapText(true);
        note.setVisible(false);
        note.setManaged(false);
        VBox.setVgrow(panel, Priority.ALWAYS);
        section = new VBox(note, panel);
        section.setId("bowl-race");
        section.getStyleClass().add("bowl-race");
        toggle = new ToggleButton(text.getString("bowl.race.toggle"));
        toggle.setId("bowl-race-toggle");
        toggle.getStyleClass().add("bowl-race-toggle");
        toggle.setTooltip(new Tooltip(text.getString("bowl.race.toggle.tip")));
        toggle.setFocusTraversable(false); // Space stays play/pause
        toggle.selectedProperty().addListener((o, a, b) -> {
            if (!b) {
                clear();
            }
        });
        bowl.modeProperty().addListener((o, a, b) -> showMode());
        showMode();
    }

    /** The race's panel and its note, for beside the views. */
    public VBox section() {
        return section;
    }

    /** The button that shows and hides the race. */
    public ToggleButton toggle() {
        return toggle;
    }

    public RacePanel panel() {
        return panel;
    }

    public RaceModel model() {
        return model;
    }

    /** Whether races are shown: the section is open and the bowl slices two parameters. */
    public boolean active() {
        return toggle.isSelected() && !bowl.getMode().directions();
    }

    /** Shows (or hides) the race; shown, it races at the next frame. */
    public void setOpen(boolean open) {
        toggle.setSelected(open);
    }

    /** Once per frame, before the bowl's controller: starts a race when due, takes a finished one to the views. */
    public void onFrame(long now, double elapsed) {
        if (!active()) {
            return;
        }
        Snapshot s = studio.getSnapshot();
        if (s != null && bowl.getX() != null && bowl.getY() != null && !key(s).equals(racedOn)) {
            start();
        }
        panel.onFrame(now, elapsed);
        RaceResult r = model.getResult();
        if (r != shown && r != null && racedOn != null && r.x().equals(racedOn.get(0)) && r.y().equals(racedOn.get(1))) {
            shown = r;
            controller.setRace(r.x(), r.y(), r.x0(), r.y0(), extent(r));
            controller.setExtraPaths(lines(r));
        }
    }

    /** Races from the newest snapshot on the bowl's two parameters (the Race button). */
    public void start() {
        Snapshot s = studio.getSnapshot();
        ParameterName x = bowl.getX();
        ParameterName y = bowl.getY();
        if (s == null || x == null || y == null || bowl.getMode().directions()) {
            return;
        }
        racedOn = key(s);
        try {
            OptimizerRace race = new OptimizerRace(s.network(), s.loss(), s.train(), x, y);
            model.setStart(race, s.optimizer().learningRate());
            note(null);
        } catch (IllegalArgumentException e) {
            clear();
            note(Messages.format(text, "bowl.race.cannot", String.valueOf(e.getMessage())));
        }
    }

    /** What a race on the bowl's pair from {@code s} is started on. */
    private List<Object> key(Snapshot s) {
        return List.of(bowl.getX(), bowl.getY(), s.shape());
    }

    /** The racers' paths as the views draw them, in the race's order. */
    static List<PathLine> lines(RaceResult r) {
        List<PathLine> out = new ArrayList<>();
        for (RacePath p : r.paths()) {
            out.add(new PathLine(p.label(), p.styleClass(), p.xs(), p.ys(), p.diverged()));
        }
        return out;
    }

    /** How far (the larger of the x and y distances) any racer that did not diverge strays from the start. */
    static double extent(RaceResult r) {
        double h = 0;
        for (RacePath p : r.paths()) {
            if (p.diverged()) {
                continue;
            }
            for (int k = 0; k < p.points(); k++) {
                h = Math.max(h, Math.max(Math.abs(p.x(k) - r.x0()), Math.abs(p.y(k) - r.y0())));
            }
        }
        return h;
    }

    private void showMode() {
        boolean directions = bowl.getMode().directions();
        panel.setDisable(directions);
        if (directions) {
            clear();
            note(text.getString("bowl.race.directions"));
        } else {
            note(null);
        }
    }

    private void note(String message) {
        note.setText(message == null ? "" : message);
        note.setVisible(message != null);
        note.setManaged(message != null);
    }

    /** No race on the views; the next frame with the section open races afresh. */
    private void clear() {
        racedOn = null;
        shown = null;
        controller.setExtraPaths(List.of());
        controller.clearRace();
    }

    @Override
    public void close() {
        panel.dispose();
        model.close();
    }
}
