package org.backpropstudio.ui.bowl;

import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import atlantafx.base.theme.Styles;

import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.ui.fx.FrameBudget;
import org.backpropstudio.ui.i18n.Messages;

/**
 * The bowl window's content (style class {@code bowl-pane}): the pickers of the two parameters,
 * the kind of plane and the grid (a {@link BowlControls} row, to which this pane adds the view
 * switch and the race toggle); the 3-D surface beside the contour map (one at a time, with a
 * switch, when the window is narrow); the legend; a status line; and a note, always in view,
 * explaining why the slice moves while training (or, for a network of two parameters, why it
 * does not).
 */
public final class BowlPane extends BorderPane implements BowlController.Sink {
    /** Below this width (in font sizes) the two views take turns. */
    static final double NARROW_EMS = 62;
    /** With the race shown, below this width (in font sizes) the two views take turns beside it. */
    static final double WIDE_RACE_EMS = 110;

    private final BowlModel model;
    private final ResourceBundle text;
    private final SurfaceView surface = new SurfaceView();
    private final ContourView contour = new ContourView();
    private final ToggleButton show3d;
    private final ToggleButton show2d;
    private final HBox viewSwitch;
    private final HBox views;
    private final Label caption = new Label();
    private final Label status = new Label();
    private final Label note = new Label();
    private final FlowPane legend = new FlowPane();
    private final int fixedLegendEntries;
    private BowlPicture picture;
    private List<PathLine> legendOf = List.of();
    private boolean surfaceFirst = true;
    private boolean figure;
    private final BowlControls controls;
    private ToggleButton raceToggle;
    private Region raceSection;

    public BowlPane(BowlController controller, ResourceBundle text) {
        this.model = controller.model();
        this.text = text;
        getStyleClass().add("bowl-pane");

        // create
        Label heading = new Label(text.getString("bowl.heading"));
        heading.getStyleClass().add("view-title");
        caption.setId("bowl-caption");
        caption.getStyleClass().add("bowl-caption");
        ToggleGroup which = new ToggleGroup();
        show3d = new ToggleButton(text.getString("bowl.view.3d"));
        show2d = new ToggleButton(text.getString("bowl.view.2d"));
        show3d.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        show2d.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        show3d.setToggleGroup(which);
        show2d.setToggleGroup(which);
        show3d.setSelected(true);
        which.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                arrangeViews();
            }
        });
        viewSwitch = new HBox(show3d, show2d);
        viewSwitch.getStyleClass().add("bowl-switch");

        controls = new BowlControls(controller, text);
        controls.getChildren().add(viewSwitch);
        VBox top = new VBox(heading, controls, caption);
        top.getStyleClass().add("bowl-top");

        surface.setId("bowl-surface");
        contour.setId("bowl-contour");
        Tooltip.install(surface, new Tooltip(text.getString("bowl.help")));
        views = new HBox(surface, contour);
        views.getStyleClass().add("bowl-views");
        HBox.setHgrow(surface, Priority.ALWAYS);
        HBox.setHgrow(contour, Priority.ALWAYS);

        legend.getStyleClass().add("bowl-legend");
        legend.getChildren().addAll(entry(dot("start"), "bowl.legend.start"), entry(dot("current"), "bowl.legend.current"),
                entry(dot("lowest"), "bowl.legend.lowest"), entry(swatch("bowl-path-own"), "bowl.legend.path"));
        fixedLegendEntries = legend.getChildren().size();
        status.setId("bowl-status");
        status.getStyleClass().add("bowl-status");
        status.setWrapText(true); // the coarse grid and the distance from the plane need two lines in a narrow window
        note.setId("bowl-note");
        note.getStyleClass().add("bowl-note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        Label help = new Label(text.getString("bowl.help"));
        help.getStyleClass().add("bowl-help");
        help.setWrapText(true);
        VBox bottom = new VBox(legend, status, note, help);
        bottom.getStyleClass().add("bowl-bottom");

        setTop(top);
        setCenter(views);
        setBottom(bottom);

        // listen
        widthProperty().addListener((o, a, b) -> arrangeViews());
        arrangeViews();
    }

    /**
     * Adds the optimizer race: {@code toggle} among the controls, {@code section} beside the
     * views while the toggle is down (the views then take turns, unless the window is very wide).
     */
    public void setRace(ToggleButton toggle, Region section) {
        raceToggle = toggle;
        raceSection = section;
        controls.getChildren().add(toggle);
        views.getChildren().add(section);
        HBox.setHgrow(section, Priority.ALWAYS);
        toggle.selectedProperty().addListener((o, a, b) -> {
            if (b && getWidth() < WIDE_RACE_EMS * em()) {
                show2d.setSelected(true); // the map shows the racers' paths most plainly
            }
            arrangeViews();
        });
        arrangeViews();
    }

    /**
     * The pane as a figure: the heading, the caption, the two views side by side and the legend;
     * no pickers, status, note or help. It counts as shown although its scene has no window.
     */
    public void figureMode() {
        figure = true;
        ((VBox) getTop()).getChildren().setAll(((VBox) getTop()).getChildren().get(0), caption);
        ((VBox) getBottom()).getChildren().setAll(legend);
        arrangeViews();
    }

    /** The two views side by side (or the one shown, when narrow): what a figure of the window captures. */
    public Region views() {
        return views;
    }

    /** The 3-D surface view. */
    public SurfaceView surfaceView() {
        return surface;
    }

    /** The contour map. */
    public ContourView contourView() {
        return contour;
    }

    /** The picture on screen, or null before the first. */
    public BowlPicture picture() {
        return picture;
    }

    /** The caption naming the two axes (e.g. for tests: "Loss E over w(x→ŷ) and b(ŷ)"). */
    public String captionText() {
        return caption.getText();
    }

    public String noteText() {
        return note.getText();
    }

    @Override
    public boolean isShowing() {
        return figure || getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
    }

    @Override
    public void show(BowlPicture p) {
        picture = p;
        surface.show(p);
        contour.show(p);
        String x = p.xLabel().inline();
        String y = p.yLabel().inline();
        caption.setText(Messages.format(text, "bowl.caption", x, y));
        surface.setAccessibleText(Messages.format(text, "bowl.surface.accessible", p.xLabel().description(), p.yLabel().description()));
        contour.setAccessibleText(Messages.format(text, "bowl.contour.accessible", p.xLabel().description(), p.yLabel().description()));
        surface.setHeightName(text.getString("bowl.axis.loss"));
        surface.setHiddenCaption(text.getString("bowl.hidden"));
        BowlFrame f = p.frame();
        if (f != null && f.ready()) {
            // a plane of directions sampled coarser while training says so, and what comes when paused
            boolean coarse = f.mode().directions() && f.grid().size() < model.getGrid();
            String s = Messages.format(text, coarse ? "bowl.status.live" : "bowl.status", f.step(), f.grid().size(),
                    Math.round(f.millis()), model.getGrid());
            if (f.mode().directions() && f.offPlane().length > 0) {
                s += "  \u00b7  " + Messages.format(text, "bowl.status.offPlane", org.backpropstudio.ui.fx.Ticks.value(f.maxOffPlane()),
                        org.backpropstudio.ui.fx.Ticks.value(f.offPlane()[0]));
            }
            status.setText(s);
        }
        NetworkShape shape = model.shape();
        note.setText(text.getString(model.getMode().directions() ? "bowl.note.directions"
                : shape != null && shape.parameterCount() == 2 ? "bowl.note.whole" : "bowl.note.slice"));
        legendExtras(p.extras());
    }

    @Override
    public void frame(long now, boolean training) {
        // a new slice: both views draw it in the same frame, so they never show two different slices;
        // otherwise (the path grows) at most one of them redraws per frame, taking turns
        if (surface.isVisible() && surface.sliceDirty() || contour.isVisible() && contour.sliceDirty()) {
            // a slice costs the renderer as much as the studio's heaviest views: while training it takes its turn with them
            if (training && !FrameBudget.claim(now, this)) {
                return;
            }
            if (surface.isVisible()) {
                surface.onFrame(now, training);
            }
            if (contour.isVisible()) {
                contour.onFrame(now, training);
            }
            return;
        }
        BowlCanvas first = surfaceFirst ? surface : contour;
        BowlCanvas second = surfaceFirst ? contour : surface;
        if (first.isVisible() && first.onFrame(now, training)) {
            surfaceFirst = !surfaceFirst;
        } else if (second.isVisible()) {
            second.onFrame(now, training);
        }
    }

    /** Whether a shown view waits to be drawn. */
    public boolean isDirty() {
        return surface.isVisible() && surface.isDirty() || contour.isVisible() && contour.isDirty();
    }

    /** Releases the views' listeners. */
    public void dispose() {
        surface.dispose();
        contour.dispose();
    }

    /** Both views side by side, or (narrow) the one the switch picks. */
    private void arrangeViews() {
        boolean racing = raceToggle != null && raceToggle.isSelected();
        if (raceSection != null) {
            raceSection.setVisible(racing);
            raceSection.setManaged(racing);
        }
        boolean narrow = !figure && getWidth() > 0 && getWidth() < (racing ? WIDE_RACE_EMS : NARROW_EMS) * em();
        viewSwitch.setVisible(narrow);
        viewSwitch.setManaged(narrow);
        boolean one3d = show3d.isSelected();
        for (Node n : List.of(surface, contour)) {
            boolean on = !narrow || (n == surface) == one3d;
            n.setVisible(on);
            n.setManaged(on);
        }
        surface.markDirty();
        contour.markDirty();
    }

    /** The font size of the window's text (the CSS and the zoom set it). */
    private double em() {
        return status.getFont().getSize();
    }

    private static Node dot(String kind) {
        Circle c = new Circle(6);
        c.getStyleClass().addAll("bowl-legend-dot", kind);
        return c;
    }

    private static Node swatch(String... styleClasses) {
        Line l = new Line(0, 0, 22, 0);
        l.getStyleClass().add("bowl-legend-line");
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    private Label entry(Node graphic, String key) {
        Label l = new Label(text.getString(key), graphic);
        l.getStyleClass().add("bowl-legend-entry");
        return l;
    }

    private void legendExtras(List<PathLine> extras) {
        if (extras == legendOf) {
            return;
        }
        legendOf = extras;
        legend.getChildren().remove(fixedLegendEntries, legend.getChildren().size());
        for (PathLine p : extras) {
            Label l = new Label(p.label(), swatch("bowl-path", p.styleClass()));
            l.getStyleClass().add("bowl-legend-entry");
            legend.getChildren().add(l);
        }
    }
}
