package org.backpropstudio.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.ui.bowl.BowlWindow;
import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.loss.LossChart;
import org.backpropstudio.ui.math.MathInspector;
import org.backpropstudio.ui.network.DiagramPane;
import org.backpropstudio.ui.network.NetworkView;
import org.backpropstudio.ui.output.OutputView;
import org.backpropstudio.ui.settings.DataPanel;
import org.backpropstudio.ui.settings.NetworkPanel;
import org.backpropstudio.ui.studio.Presets;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The studio window's content: the toolbar on top, the data and network settings on the left,
 * the network diagram in the centre, the output view above the loss chart on the right, and the
 * status line at the bottom. {@link #onFrame} runs the views' per-frame work in that order; the
 * app registers it with the frame loop after the model and the heat maps.
 */
public final class MainWindow extends BorderPane {
    private final List<FrameLoop.Listener> views = new ArrayList<>();
    private final ToolbarView toolbar;
    private final StatusLine status;
    private final FileActions files;
    private NetworkView network;
    private final MathInspector inspector;
    private final ResourceBundle text;
    private Stage inspectorStage;
    private OutputView output;
    private LossChart loss;
    private final FigureActions figures;
    private final StudioModel model;
    private final BowlWindow bowl;

    public MainWindow(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
        this.text = text;
        this.model = model;
        getStyleClass().add("studio");
        status = new StatusLine(model, text);
        files = new FileActions(model, text, () -> getScene() == null ? null : getScene().getWindow(), status::say);
        inspector = new MathInspector(model, text);
        toolbar = new ToolbarView(model, text, files, this::toggleInspector);

        VBox settings = new VBox(new DataPanel(model, text), new NetworkPanel(model, text));
        settings.getStyleClass().add("settings");
        ScrollPane left = new ScrollPane(settings);
        left.getStyleClass().add("settings-scroll");
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        setTop(toolbar);
        setLeft(left);
        setCenter(createCenter(model, heatmaps, text));
        setRight(createRight(model, heatmaps, text));
        setBottom(status);
        figures = new FigureActions(model, text, () -> getScene() == null ? null : getScene().getWindow(), status::say,
                () -> (Region) network.getParent(), () -> output, () -> loss);
        toolbar.addFigureMenu(figures);
        views.add((now, elapsed) -> {
            if (inspectorStage != null && inspectorStage.isShowing()) {
                inspector.onFrame(now, elapsed);
            }
        });
        views.add(toolbar::onFrame);
        views.add(status::onFrame);
        bowl = new BowlWindow(model, text, this::getScene);
        figures.setBowl(() -> bowl.stage() == null ? null : bowl.pane().views());
        toolbar.addBowlTools(this::toggleBowl, this::openBowlLesson);
        views.add(bowl::onFrame);
    }

    /** Shows the bowl (the loss surface over two parameters and the path of training) in its own window, or hides it. */
    public void toggleBowl() {
        bowl.toggle();
    }

    /**
     * The one-click lesson "the bowl": one linear neuron on the line data with MSE, where the
     * loss over its weight and bias is a true bowl; opens the bowl window on those two.
     */
    public void openBowlLesson() {
        model.load(Presets.get("line-bowl"));
        model.setSpeed(org.backpropstudio.session.Speed.perFrame(1)); // slow enough to watch the point roll
        bowl.showOn(ParameterName.weight(0, 0, 0), ParameterName.bias(0, 0));
        status.say(text.getString("bowl.lesson.loaded"));
    }

    /** The bowl window (shown by {@link #toggleBowl()}). */
    public BowlWindow bowl() {
        return bowl;
    }

    /** The network diagram under its step bar. */
    private Region createCenter(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
        DiagramPane pane = new DiagramPane(model, heatmaps, text);
        network = pane.networkView();
        views.add(pane::onFrame);
        return pane;
    }

    /** The output view above the loss chart; the chart takes the spare height. */
    private Region createRight(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
        output = new OutputView(model, heatmaps, text);
        views.add(output::onFrame);
        loss = new LossChart(model, text);
        views.add(loss::onFrame);
        VBox right = new VBox(output, loss);
        right.getStyleClass().add("right-column");
        VBox.setVgrow(loss, Priority.ALWAYS);
        return right;
    }

    /**
     * Shows the math inspector in a window of its own (beside the studio, or on a second screen
     * at a projector), or hides it when it is showing.
     */
    public void toggleInspector() {
        if (inspectorStage == null) {
            inspectorStage = new Stage();
            inspectorStage.setTitle(text.getString("math.window.title"));
            if (getScene() != null && getScene().getWindow() != null) {
                inspectorStage.initOwner(getScene().getWindow());
            }
            Scene scene = new Scene(inspector);
            if (getScene() != null) {
                scene.getStylesheets().setAll(getScene().getStylesheets());
            }
            inspectorStage.setScene(scene);
        }
        if (inspectorStage.isShowing()) {
            inspectorStage.hide();
        } else {
            inspectorStage.show();
        }
    }

    /** The math inspector (shown by {@link #toggleInspector()}). */
    public MathInspector inspector() {
        return inspector;
    }

    /** Releases the views' listeners (the window is closing). */
    public void dispose() {
        bowl.dispose();
        inspector.dispose();
        if (inspectorStage != null) {
            inspectorStage.hide();
        }
        network.dispose();
        output.dispose();
        loss.dispose();
    }

    public NetworkView networkView() {
        return network;
    }

    public OutputView outputView() {
        return output;
    }

    public LossChart lossChart() {
        return loss;
    }

    /** Once per frame, after the model's pull and the heat maps: the views, then toolbar and status. */
    public void onFrame(long now, double elapsed) {
        for (FrameLoop.Listener l : views) {
            l.onFrame(now, elapsed);
        }
    }

    public ToolbarView toolbar() {
        return toolbar;
    }

    public StatusLine status() {
        return status;
    }

    public FileActions files() {
        return files;
    }

    /** Export figure: the diagram, this step's animation, the output view, the loss chart. */
    public FigureActions figures() {
        return figures;
    }
}
