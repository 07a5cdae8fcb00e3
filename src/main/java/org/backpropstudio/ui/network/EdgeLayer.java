package org.backpropstudio.ui.network;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The diagram's edges as one image under its canvas. They are drawn in Java into pixels by
 * {@link EdgeRaster} and handed to an {@link ImageView}: hundreds of antialiased canvas strokes
 * cost the software renderer several times as much to paint.
 *
 * <p>While training runs, the pixels (with the glow of the recent gradients under the edges) are
 * drawn on a thread of their own from the immutable picture, since drawing them took the FX
 * thread 7 to 27 ms on the spiral network, and shown at a later frame by {@link #take}; a
 * picture asked for while the last one is still being drawn is refused, and the caller asks
 * again. Otherwise (a click, an edit, a step) they are drawn at once on the FX thread, and a
 * drawing still running for an older picture is thrown away when it arrives.
 */
final class EdgeLayer implements AutoCloseable {
    private final ImageView view = new ImageView();
    /** Used on the FX thread only. */
    private final EdgeRaster now = new EdgeRaster();
    /** Used on the "diagram-edges" thread only, as is {@link #flow}. */
    private final EdgeRaster later = new EdgeRaster();
    private final GradientFlow flow = new GradientFlow();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diagram-edges");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<Drawn> drawn = new AtomicReference<>();
    /** Set when the glow stopped (a drawing at once): the worker's running average starts afresh. */
    private volatile boolean forget;
    /** The newest picture asked for (FX thread); a drawing of an older one is not shown. */
    private long serial;
    private WritableImage image;
    private long shown;

    /** Pixels drawn for picture {@code serial}, the image's size in layout units. */
    private record Drawn(long serial, int[] pixels, int width, int height, double fitWidth, double fitHeight) {
    }

    EdgeLayer() {
        view.setMouseTransparent(true);
    }

    /** The node to put under the canvas. */
    ImageView node() {
        return view;
    }

    /** Draws the edges of {@code picture} now, on the FX thread, without glow, at {@code scale} device pixels per unit. */
    void paint(NetworkPainter painter, NetworkPainter.Picture picture, double scale) {
        serial++;
        forget = true;
        rasterize(now, painter, picture, null, 0, scale);
        show(now.pixels(), now.width(), now.height(), picture.layout().width(), picture.layout().height());
    }

    /**
     * Asks for the edges of {@code picture} with halos by the recent |dE/dw| in {@code glowArgb}
     * under them, drawn on the worker; false (nothing asked) while the previous one is still
     * being drawn.
     */
    boolean paintLater(NetworkPainter painter, NetworkPainter.Picture picture, ParameterIndex index, double scale,
                       int glowArgb) {
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        long mine = ++serial;
        try {
            worker.execute(() -> {
                try {
                    if (forget) {
                        forget = false;
                        flow.forget();
                    }
                    rasterize(later, painter, picture, index, glowArgb, scale);
                    drawn.set(new Drawn(mine, later.pixels().clone(), later.width(), later.height(),
                            picture.layout().width(), picture.layout().height()));
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false); // closed
            return false;
        }
        return true;
    }

    /**
     * Once per frame on the FX thread: shows the edges drawn on the worker, if they are for the
     * newest picture; true when it did.
     */
    boolean take() {
        Drawn d = drawn.getAndSet(null);
        if (d != null && d.serial() == serial) {
            show(d.pixels(), d.width(), d.height(), d.fitWidth(), d.fitHeight());
            return true;
        }
        return false;
    }

    /** Whether a drawing from the worker waits for {@link #take}. */
    boolean arrived() {
        return drawn.get() != null;
    }

    /** Whether a drawing on the worker is still to be shown. */
    boolean pending() {
        return busy.get() || drawn.get() != null;
    }

    private void rasterize(EdgeRaster raster, NetworkPainter painter, NetworkPainter.Picture picture,
                           ParameterIndex index, int glowArgb, double scale) {
        DiagramLayout l = picture.layout();
        raster.reset((int) Math.ceil(l.width() * scale), (int) Math.ceil(l.height() * scale));
        if (index != null) {
            flow.drawHalos(raster, l, index, picture.snapshot(), glowArgb, scale);
        }
        painter.paintEdges(raster, picture, scale);
    }

    /** How many times new edge pixels were shown (tests count them against the canvas's redraws). */
    long shownCount() {
        return shown;
    }

    private void show(int[] pixels, int w, int h, double fitWidth, double fitHeight) {
        shown++;
        view.setFitWidth(fitWidth);
        view.setFitHeight(fitHeight);
        if (w == 0 || h == 0) {
            view.setImage(null);
            return;
        }
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
            view.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
