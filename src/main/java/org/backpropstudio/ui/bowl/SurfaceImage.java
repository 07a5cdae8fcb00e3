package org.backpropstudio.ui.bowl;

import java.nio.IntBuffer;
import java.util.Arrays;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.backpropstudio.surface.SurfaceGrid;

/**
 * The 3-D surface as an image: the grid's quads, coloured by height and shaded by the angle of
 * their normal to the light, sorted far to near and filled by {@link SurfaceRaster} at
 * {@link #SUPERSAMPLE} times the canvas's resolution, then drawn smoothed down onto the canvas
 * (soft edges without the cost of anti-aliased polygons in the software pipeline). Only the
 * surface's bounding box is filled. Two images take turns, since the renderer may still read
 * the one drawn a frame ago. FX thread only.
 */
final class SurfaceImage {
    /** At most this many quads per side are drawn (a finer grid is drawn every second point). */
    static final int MAX_QUADS = 64;
    /** At rest, the surface is filled at this many times the canvas's resolution, then smoothed down. */
    static final int SUPERSAMPLE = 2;

    private double[] sx = new double[0];
    private double[] sy = new double[0];
    private double[] sd = new double[0];
    private double[] quadDepth = new double[0];
    private final double[] px = new double[4];
    private final double[] py = new double[4];
    private final double[] pt = new double[3];
    private final SurfaceRaster[] rasters = {new SurfaceRaster(), new SurfaceRaster()};
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    private int flip;

    /**
     * Draws the quads of the grid onto {@code g} (a canvas of w x h), far to near, coloured by
     * height and shaded; a {@code draft} is filled at the canvas's own resolution.
     */
    void draw(GraphicsContext g, Projection p, SurfaceGrid grid, HeightScale scale, HeightPalette pal,
              double w, double h, boolean draft) {
        int ss = draft || w * h > 1_500_000 ? 1 : SUPERSAMPLE; // a draft while training, smooth edges at rest
        int n = grid.size();
        int step = Math.max(1, (int) Math.ceil((n - 1) / (double) MAX_QUADS));
        int[] idx = sampled(n, step);
        int m = idx.length;
        ensure(m);
        double[][] z = grid.loss();
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double[] heights = new double[m * m];
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                double t = scale.height(z[idx[r]][idx[c]]);
                heights[r * m + c] = t;
                p.data(xs[idx[c]], ys[idx[r]], Double.isNaN(t) ? 0 : t, pt);
                sx[r * m + c] = pt[0];
                sy[r * m + c] = pt[1];
                // order by the horizontal distance alone: seen from above, a height field's cell can only
                // hide cells behind it, however high they rise (the full depth would put high far cells in front)
                sd[r * m + c] = p.horizontalDepth(xs[idx[c]], ys[idx[r]]);
                left = Math.min(left, pt[0]);
                right = Math.max(right, pt[0]);
                top = Math.min(top, pt[1]);
                bottom = Math.max(bottom, pt[1]);
            }
        }
        // only the surface's bounding box (within the canvas) is rasterized
        left = Math.max(0, Math.floor(left) - 1);
        top = Math.max(0, Math.floor(top) - 1);
        right = Math.min(w, Math.ceil(right) + 1);
        bottom = Math.min(h, Math.ceil(bottom) + 1);
        if (right <= left || bottom <= top) {
            return;
        }
        int iw = (int) Math.ceil((right - left) * ss);
        int ih = (int) Math.ceil((bottom - top) * ss);
        SurfaceRaster raster = rasters[flip];
        raster.reset(iw, ih);
        int quads = (m - 1) * (m - 1);
        Integer[] sorted = new Integer[quads];
        for (int r = 0; r + 1 < m; r++) {
            for (int c = 0; c + 1 < m; c++) {
                int q = r * (m - 1) + c;
                int a = r * m + c;
                quadDepth[q] = (sd[a] + sd[a + 1] + sd[a + m] + sd[a + m + 1]) / 4;
                sorted[q] = q;
            }
        }
        Arrays.sort(sorted, (a, b) -> Double.compare(quadDepth[b], quadDepth[a]));
        double[] light = light(p);
        double du = 2.0 / (m - 1);
        int[] corner = {0, 1, m + 1, m};
        for (Integer q : sorted) {
            int r = q / (m - 1);
            int c = q % (m - 1);
            int a = r * m + c;
            double t00 = heights[a];
            double t10 = heights[a + 1];
            double t01 = heights[a + m];
            double t11 = heights[a + m + 1];
            if (Double.isNaN(t00) || Double.isNaN(t10) || Double.isNaN(t01) || Double.isNaN(t11)) {
                continue;
            }
            // the quad's normal in box coordinates is (-dw/du, -dw/dv, 1), w = HEIGHT (2t - 1)
            double dwdu = Projection.HEIGHT * ((t10 - t00) + (t11 - t01)) / du;
            double dwdv = Projection.HEIGHT * ((t01 - t00) + (t11 - t10)) / du;
            double len = Math.sqrt(dwdu * dwdu + dwdv * dwdv + 1);
            double lambert = Math.abs(-dwdu * light[0] - dwdv * light[1] + light[2]) / len;
            double tMean = (t00 + t10 + t01 + t11) / 4;
            double loss = scale.min() + tMean * (scale.max() - scale.min());
            for (int k = 0; k < 4; k++) {
                px[k] = (sx[a + corner[k]] - left) * ss;
                py[k] = (sy[a + corner[k]] - top) * ss;
            }
            raster.fillQuad(px, py, pal.shaded(scale.colour(loss), 0.62 + 0.45 * lambert));
        }
        // two images taking turns: the one drawn last frame may still be read by the renderer
        if (images[flip] == null || images[flip].getWidth() != iw || images[flip].getHeight() != ih
                || buffers[flip].getBuffer().array() != raster.pixels()) {
            buffers[flip] = new PixelBuffer<>(iw, ih, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
            images[flip] = new WritableImage(buffers[flip]);
        } else {
            buffers[flip].updateBuffer(b -> null);
        }
        g.setImageSmoothing(true);
        g.drawImage(images[flip], left, top, right - left, bottom - top);
        flip = 1 - flip;
    }

    /** The light: from above the viewer's left shoulder, in box coordinates. */
    private static double[] light(Projection p) {
        double[] v = p.towardsViewer();
        double yaw = Math.toRadians(p.yaw() + 40);
        double lx = v[0] + 0.6 * -Math.cos(yaw);
        double ly = v[1] + 0.6 * -Math.sin(yaw);
        double lz = v[2] + 1.2;
        double len = Math.sqrt(lx * lx + ly * ly + lz * lz);
        return new double[] {lx / len, ly / len, lz / len};
    }

    private static int[] sampled(int n, int step) {
        int count = (n - 1) / step + 1;
        boolean last = (n - 1) % step != 0;
        int[] idx = new int[count + (last ? 1 : 0)];
        for (int i = 0; i < count; i++) {
            idx[i] = i * step;
        }
        if (last) {
            idx[count] = n - 1;
        }
        return idx;
    }

    private void ensure(int m) {
        if (sx.length < m * m) {
            sx = new double[m * m];
            sy = new double[m * m];
            sd = new double[m * m];
            quadDepth = new double[m * m];
        }
    }
}
