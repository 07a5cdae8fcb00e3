package org.backpropstudio.ui.network;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.backpropstudio.session.Snapshot;

/**
 * The diagram's edges as one image under its canvas. They are drawn in Java into pixels by
 * {@link EdgeRaster} (with the glow of the recent gradients under them while training runs)
 * and handed to an {@link ImageView}: hundreds of antialiased canvas strokes cost the software
 * renderer several times as much to paint. FX thread only.
 */
final class EdgeLayer {
    private final ImageView view = new ImageView();
    private final EdgeRaster raster = new EdgeRaster();
    private final GradientFlow flow = new GradientFlow();
    private WritableImage image;

    EdgeLayer() {
        view.setMouseTransparent(true);
    }

    /** The node to put under the canvas. */
    ImageView node() {
        return view;
    }

    /**
     * Draws the edges of {@code picture} at {@code scale} device pixels per unit; with
     * {@code glow} (the steady flow while training) halos by the recent |dE/dw| in {@code glowArgb}
     * go under them, otherwise the running average of the gradients is forgotten.
     */
    void paint(NetworkPainter painter, NetworkPainter.Picture picture, ParameterIndex index, double scale,
               boolean glow, int glowArgb) {
        DiagramLayout l = picture.layout();
        raster.reset((int) Math.ceil(l.width() * scale), (int) Math.ceil(l.height() * scale));
        Snapshot shown = picture.snapshot();
        if (glow) {
            flow.drawHalos(raster, l, index, shown, glowArgb, scale);
        } else {
            flow.forget();
        }
        painter.paintEdges(raster, picture, scale);
        view.setFitWidth(l.width());
        view.setFitHeight(l.height());
        int w = raster.width();
        int h = raster.height();
        if (w == 0 || h == 0) {
            view.setImage(null);
            return;
        }
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
            view.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), raster.pixels(), 0, w);
    }
}
