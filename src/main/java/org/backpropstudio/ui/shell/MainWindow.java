package org.backpropstudio.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.loss.LossChart;
import org.backpropstudio.ui.network.DiagramPane;
import org.backpropstudio.ui.network.NetworkView;
import org.backpropstudio.ui.output.OutputView;
import org.backpropstudio.ui.settings.DataPanel;
import org.backpropstudio.ui.settings.NetworkPanel;
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
    private OutputView output;
    private LossChart loss;

    public MainWindow(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
        getStyleClass().add("studio");
        status = new StatusLine(model, text);
        files = new FileActions(model, text, () -> getScene() == null ? null : getScene().getWindow(), status::say);
        toolbar = new ToolbarView(model, text, files);

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
        views.add(toolbar::onFrame);
        views.add(status::onFrame);
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

    /** Releases the views' listeners (the window is closing). */
    public void dispose() {
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
}
