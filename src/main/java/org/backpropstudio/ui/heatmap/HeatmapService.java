package org.backpropstudio.ui.heatmap;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Evaluator;
import org.backpropstudio.engine.Network;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.Palette;

/**
 * Computes the heat maps of a network state on its own daemon thread ("heatmaps"): every unit's
 * output over the input plane (small grids, for the diagram) and the first output on a finer
 * grid (for the output view). Requests coalesce: only the newest waiting one is computed, so
 * a fast trainer never builds a queue. The FX thread calls {@link #request} and reads
 * {@link #latest()} once per frame; it never waits.
 */
public final class HeatmapService implements AutoCloseable {
    public static final int UNIT_GRID = 28;
    public static final int OUTPUT_GRID = 96;
    public static final int CURVE_POINTS = 200;

    /**
     * What to draw: a snapshot, the features that turn a point (x1, x2) into the network's inputs
     * (empty for one-input data, which gets a curve instead of heat maps), the plane and colours.
     */
    public record Request(Snapshot snapshot, List<Feature> features, HeatmapFrame.Plane plane, Palette palette) {
    }

    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<HeatmapFrame> latest = new AtomicReference<>();
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean closed;

    public HeatmapService() {
        thread = new Thread(this::loop, "heatmaps");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for the heat maps of this request; replaces any request not yet started. */
    public void request(Request r) {
        if (pending.getAndSet(r) == null) {
            wake.release();
        }
    }

    /** The newest finished frame, or null before the first. */
    public HeatmapFrame latest() {
        return latest.get();
    }

    private void loop() {
        while (!closed) {
            try {
                wake.acquire();
            } catch (InterruptedException e) {
                return;
            }
            Request r = pending.getAndSet(null);
            if (r != null && !closed) {
                latest.set(compute(r));
            }
        }
    }

    /** Computes a frame on the calling thread (the service's thread, or a test's). */
    public static HeatmapFrame compute(Request r) {
        Snapshot s = r.snapshot();
        Network net = s.network();
        Evaluator ev = new Evaluator(net);
        Palette pal = r.palette();
        HeatmapFrame.Plane plane = r.plane();
        int layers = net.layerCount();
        Activation outAct = net.outputLayer().activation();
        double[] in = new double[net.inputs()];
        if (r.features().isEmpty()) {
            // one-input data (the line): the fitted curve instead of heat maps
            double[] cx = new double[CURVE_POINTS];
            double[] cy = new double[CURVE_POINTS];
            for (int i = 0; i < CURVE_POINTS; i++) {
                cx[i] = plane.min() + (plane.max() - plane.min()) * i / (CURVE_POINTS - 1);
                in[0] = cx[i];
                ev.forward(in);
                cy[i] = ev.output();
            }
            return new HeatmapFrame(s.sequence(), plane, 0, new int[0][], new int[0][][], 0, new int[0], new double[0], cx, cy);
        }
        List<Feature> features = r.features();
        int g = UNIT_GRID;
        int[][] inputs = new int[features.size()][g * g];
        int[][][] units = new int[layers][][];
        for (int l = 0; l < layers; l++) {
            units[l] = new int[net.layer(l).units()][g * g];
        }
        for (int row = 0; row < g; row++) {
            double x2 = plane.at(g - 1 - row, g);
            for (int col = 0; col < g; col++) {
                double x1 = plane.at(col, g);
                Feature.apply(features, x1, x2, in);
                ev.forward(in);
                int px = row * g + col;
                for (int f = 0; f < in.length; f++) {
                    inputs[f][px] = pal.argb(in[f]);
                }
                for (int l = 0; l < layers; l++) {
                    Activation act = net.layer(l).activation();
                    for (int j = 0; j < units[l].length; j++) {
                        units[l][j][px] = pal.argb(Palette.normalize(act, ev.a(l, j)));
                    }
                }
            }
        }
        int og = OUTPUT_GRID;
        int[] out = new int[og * og];
        double[] values = new double[og * og];
        for (int row = 0; row < og; row++) {
            double x2 = plane.at(og - 1 - row, og);
            for (int col = 0; col < og; col++) {
                Feature.apply(features, plane.at(col, og), x2, in);
                ev.forward(in);
                double v = ev.output();
                values[row * og + col] = v;
                out[row * og + col] = pal.argb(Palette.normalize(outAct, v));
            }
        }
        return new HeatmapFrame(s.sequence(), plane, g, inputs, units, og, out, values, new double[0], new double[0]);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
