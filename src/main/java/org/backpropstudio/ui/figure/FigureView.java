package org.backpropstudio.ui.figure;

import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.layout.Region;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.ui.bowl.BowlController;
import org.backpropstudio.ui.bowl.BowlModel;
import org.backpropstudio.ui.bowl.BowlPane;
import org.backpropstudio.ui.bowl.BowlService;
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
        Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text, ParameterName x, ParameterName y) {
            DiagramPane pane = new DiagramPane(model, heatmaps, text);
            return new Built(pane, pane::onFrame, pane::dispose, pane.networkView().stepThrough(),
                    pane.networkView()::isDirty);
        }
    },
    /** The prediction over the input plane (or the fitted line) with the data. */
    OUTPUT("output", 350, 440) {
        @Override
        Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text, ParameterName x, ParameterName y) {
            OutputView view = new OutputView(model, heatmaps, text);
            return new Built(view, view::onFrame, view::dispose, null, () -> view.plot().isDirty());
        }
    },
    /** Training and test loss over the steps. */
    LOSS("loss", 360, 240) {
        @Override
        Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text, ParameterName x, ParameterName y) {
            LossChart chart = new LossChart(model, text);
            return new Built(chart, chart::onFrame, chart::dispose, null, () -> false);
        }
    },
    /**
     * The bowl window's two views (the 3-D surface and the contour map) with their heading and
     * legend, on the two parameters given or those the window would choose; the path is the
     * training path, and a GIF shows it growing over the steps.
     */
    BOWL("bowl", 1100, 600) {
        @Override
        Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text, ParameterName x, ParameterName y) {
            BowlModel bowl = new BowlModel(model.selectionProperty());
            BowlController controller = new BowlController(model, bowl, new BowlService(), text);
            BowlPane pane = new BowlPane(controller, text);
            controller.setSink(pane);
            pane.figureMode();
            bowl.update(model.getSnapshot());
            if (x != null && y != null) {
                bowl.show(x, y);
            }
            return new Built(pane, controller, () -> {
                pane.dispose();
                controller.close();
            }, null, pane::isDirty, () -> bowl.update(model.getSnapshot()), () -> !controller.settled());
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
                 java.util.function.BooleanSupplier dirty, Runnable record, java.util.function.BooleanSupplier busy) {
        /** A view that draws on the FX thread alone and needs nothing from each snapshot of training. */
        Built(Region node, FrameLoop.Listener frame, Runnable dispose, StepThrough stepThrough,
              java.util.function.BooleanSupplier dirty) {
            this(node, frame, dispose, stepThrough, dirty, () -> { }, () -> false);
        }
    }

    /**
     * Builds the view on the FX thread; {@code x} and {@code y} are the bowl's two parameters
     * (null for the window's choice; other views ignore them).
     */
    abstract Built build(StudioModel model, Heatmaps heatmaps, ResourceBundle text, ParameterName x, ParameterName y);

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
