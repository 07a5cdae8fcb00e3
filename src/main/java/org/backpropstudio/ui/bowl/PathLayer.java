package org.backpropstudio.ui.bowl;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The paths of a bowl view's upper canvas as ready pixels: lines go into a {@link PathRaster}
 * at the canvas's output resolution, and {@link #flush} puts what has gathered onto the canvas
 * as one image (before anything the canvas itself draws over the lines, such as markers). The
 * render thread then copies an image instead of stroking thousands of segments. Images drawn in
 * one redraw are not touched in the next (the renderer may still be reading them); FX thread only.
 */
final class PathLayer {
    /** Images of even and odd redraws: each redraw uses its own set, one image per flush. */
    @SuppressWarnings("unchecked")
    private final List<Slot>[] slots = new List[] {new ArrayList<Slot>(), new ArrayList<Slot>()};
    private int parity;
    private int used;
    private double scale = 1;
    private double width;
    private double height;
    private boolean pending;

    private static final class Slot {
        final PathRaster raster = new PathRaster();
        PixelBuffer<IntBuffer> buffer;
        WritableImage image;
    }

    /** Starts a redraw of a canvas of {@code w} x {@code h} shown at {@code scale} pixels per unit. */
    void begin(double w, double h, double scale) {
        this.scale = scale > 0 && Double.isFinite(scale) ? scale : 1;
        this.width = w;
        this.height = h;
        parity = 1 - parity;
        used = 0;
        pending = false;
    }

    /** A polyline in canvas units on a halo (see {@link PathRaster#polyline}); widths in canvas units. */
    void polyline(double[] xs, double[] ys, int n, double lineWidth, int lineArgb, double haloWidth, int haloArgb) {
        if (!pending) {
            target().reset((int) Math.ceil(width * scale), (int) Math.ceil(height * scale));
            pending = true;
        }
        if (scale != 1) {
            xs = scaled(xs, n);
            ys = scaled(ys, n);
        }
        target().polyline(xs, ys, n, lineWidth * scale, lineArgb, haloWidth * scale, haloArgb);
    }

    /** Puts the lines gathered since the last flush onto {@code g} (nothing when there are none). */
    void flush(GraphicsContext g) {
        if (!pending) {
            return;
        }
        pending = false;
        Slot s = slots[parity].get(used++);
        PathRaster r = s.raster;
        int[] box = r.box();
        if (box == null) {
            return;
        }
        if (s.image == null || s.buffer.getBuffer().array() != r.pixels()) {
            s.buffer = new PixelBuffer<>(r.width(), r.height(), IntBuffer.wrap(r.pixels()), PixelFormat.getIntArgbPreInstance());
            s.image = new WritableImage(s.buffer);
        } else {
            Rectangle2D dirty = new Rectangle2D(box[0], box[1], box[2] - box[0], box[3] - box[1]);
            s.buffer.updateBuffer(b -> dirty);
        }
        double bw = box[2] - box[0];
        double bh = box[3] - box[1];
        g.setImageSmoothing(scale != 1);
        g.drawImage(s.image, box[0], box[1], bw, bh, box[0] / scale, box[1] / scale, bw / scale, bh / scale);
    }

    /** Flushes (see {@link #flush}) and ends the redraw. */
    void end(GraphicsContext g) {
        flush(g);
    }

    /** The raster lines are gathered in now (for tests: the last one flushed or pending). */
    PathRaster target() {
        List<Slot> set = slots[parity];
        int i = pending ? used : Math.max(0, used - 1);
        while (set.size() <= i) {
            set.add(new Slot());
        }
        return set.get(i).raster;
    }

    private double[] scaled(double[] v, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
