package org.backpropstudio.ui.network;

import java.util.ResourceBundle;

import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.studio.StudioModel;

/** The centre of the studio: the step bar (loop strip and step-through controls) over the network diagram. */
public final class DiagramPane extends VBox {
    private final NetworkView network;
    private final StepBar bar;

    public DiagramPane(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
        network = new NetworkView(model, heatmaps, text);
        bar = new StepBar(network.stepThrough(), text);
        getStyleClass().add("diagram-pane");
        setMinWidth(0);
        VBox.setVgrow(network, Priority.ALWAYS);
        getChildren().addAll(bar, network);
    }

    /** Once per frame: the diagram, then the bar. */
    public void onFrame(long now, double elapsed) {
        network.onFrame(now, elapsed);
        bar.onFrame(now, elapsed);
    }

    public NetworkView networkView() {
        return network;
    }

    public StepBar stepBar() {
        return bar;
    }

    public void dispose() {
        network.dispose();
    }
}
