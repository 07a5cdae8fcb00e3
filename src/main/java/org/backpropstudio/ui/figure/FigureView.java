package org.backpropstudio.ui.figure;

import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.layout.Region;

import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.loss.LossChart;
import org.backpropstudio.ui.network.DiagramPane;
import org.backpropstudio.ui.network.StepThrough;
import org.backpropstudio.ui.output.OutputView;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The views of the studio that can be drawn as a figure, each built exactly as the window builds
 * it. A new view becomes a figure (and a {@code render --view} name) by adding a constant here.
 * The default sizes are those the views get in a 1280 x 800 window.
 */
public enum FigureView {
    /** The network diagram under its step bar; the only view whose GIF is the animation of one step. */
    NETWORK("network", 620, 700) {
        @Override
        Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
            DiagramPane pane = new DiagramPane(model, heatmaps, text);
            return new Built(pane, pane::onFrame, pane::dispose, pane.networkView().stepThrough(),
                    pane.networkView()::isDirty);
        }
    },
    /** The prediction over the input plane (or the fitted line) with the data. */
    OUTPUT("output", 350, 440) {
        @Override
        Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
            OutputView view = new OutputView(model, heatmaps, text);
            return new Built(view, view::onFrame, view::dispose, null, () -> view.plot().isDirty());
        }
    },
    /** Training and test loss over the steps. */
    LOSS("loss", 360, 240) {
        @Override
        Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
            LossChart chart = new LossChart(model, text);
            return new Built(chart, chart::onFrame, chart::dispose, null, () -> false);
        }
    };

    private final String id;
    private final int width;
    private final int height;

    FigureView(String id, int width, int height) {
        this.id = id;
        this.width = width;
        this.height = height;
    }

    /** A view built for a figure: its node, its per-frame work, and what it releases afterwards. */
    record Built(Region node, FrameLoop.Listener frame, Runnable dispose, StepThrough stepThrough,
                 java.util.function.BooleanSupplier dirty) {
    }

    /** Builds the view on the FX thread. */
    abstract Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text);

    /** The name on the command line, e.g. {@code network}. */
    public String id() {
        return id;
    }

    /** Width in pixels at scale 1 when none is given. */
    public int defaultWidth() {
        return width;
    }

    /** Height in pixels at scale 1 when none is given. */
    public int defaultHeight() {
        return height;
    }

    /** Whether its GIF animates one training step phase by phase (else it shows training progress). */
    public boolean animatesStep() {
        return this == NETWORK;
    }

    /** The view with this name, or null. */
    public static FigureView of(String id) {
        for (FigureView v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }

    /** The names of all views, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(FigureView::id).toList();
    }
}
