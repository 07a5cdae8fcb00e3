package org.backpropstudio.ui.shell;

import java.util.ResourceBundle;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.heatmap.HeatmapFrame;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.network.NetworkCanvas;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * Stand-ins for the views written on other branches (the network diagram, the output view and
 * the loss chart), with the same constructors and {@code onFrame} so that each is replaced in
 * one line of {@link MainWindow}. They show just enough to check the layout and the frame loop.
 */
final class Placeholders {
    private Placeholders() {
    }

    /**
     * Stands in for {@code ui.network.NetworkView}: the plain diagram, redrawn when the shape
     * changes and whenever training is not running. While training runs it is left alone, so
     * that measurements of the window show the shell's own cost: redrawing this full-size
     * canvas even twice a second costs the software renderer stalls of 100 to 500 ms.
     */
    static final class NetworkView extends StackPane {
        private final StudioModel model;
        private final NetworkCanvas canvas;
        private long shownSequence = -1;
        private NetworkShape shownShape;

        NetworkView(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
            this.model = model;
            this.canvas = new NetworkCanvas(text);
            getStyleClass().addAll("view-pane", "network-placeholder");
            getChildren().add(canvas);
            setMinSize(0, 0);
        }

        void onFrame(long now, double elapsed) {
            Snapshot s = model.getSnapshot();
            if (s == null || s.sequence() == shownSequence) {
                return;
            }
            if (!s.shape().equals(shownShape) || !s.isRunning()) {
                shownSequence = s.sequence();
                shownShape = s.shape();
                canvas.setNetwork(s.network());
            }
        }
    }

    /** Stands in for {@code ui.output.OutputView}: the output heat map, without points. */
    static final class OutputView extends BorderPane {
        private final Heatmaps heatmaps;
        private final ImageView image = new ImageView();
        private HeatmapFrame shown;

        OutputView(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
            this.heatmaps = heatmaps;
            getStyleClass().addAll("view-pane", "output-placeholder");
            Label title = new Label(text.getString("output.title"));
            title.getStyleClass().add("view-title");
            image.setPreserveRatio(true);
            image.setSmooth(true);
            StackPane holder = new StackPane(image);
            holder.setMinSize(0, 0);
            image.fitWidthProperty().bind(holder.widthProperty());
            image.fitHeightProperty().bind(holder.heightProperty());
            setTop(title);
            setCenter(holder);
            setMinSize(0, 0);
        }

        void onFrame(long now, double elapsed) {
            HeatmapFrame f = heatmaps.getFrame();
            if (f == null || f == shown || f.outputGrid() == 0 || f.output().length == 0) {
                return;
            }
            shown = f;
            int n = f.outputGrid();
            WritableImage img = image.getImage() instanceof WritableImage w && (int) w.getWidth() == n
                    ? w : new WritableImage(n, n);
            img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), f.output(), 0, n);
            image.setImage(img);
        }
    }

    /** Stands in for {@code ui.loss.LossChart}: a titled empty pane. */
    static final class LossChart extends VBox {
        LossChart(StudioModel model, ResourceBundle text) {
            getStyleClass().addAll("view-pane", "loss-placeholder");
            Label title = new Label(text.getString("loss.title"));
            title.getStyleClass().add("view-title");
            Label note = new Label(text.getString("loss.placeholder"));
            note.getStyleClass().add("placeholder-note");
            note.setWrapText(true);
            getChildren().addAll(title, note);
            setMinSize(0, 0);
        }

        void onFrame(long now, double elapsed) {
            // the real chart appends the snapshot's losses here
        }
    }
}
