package org.backpropstudio.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.surface.Directions;
import org.backpropstudio.surface.LossSurface;
import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.surface.SurfaceSampler;

/**
 * The loss-surface figures of {@code bench}: median milliseconds to sample an N x N grid of the
 * 2-8-8-1 tanh network's training loss over 250 samples, on all cores, for two weights in each
 * layer. {@code .layer0} is the slowest case: both weights feed different units of the first
 * layer, so every unit of the second layer and the output change at every grid point (nine
 * tanh evaluations per grid point and sample); in {@code .layer1} and {@code .layer2} only the
 * output changes (one).
 *
 * <p>{@code plane.NxN.2-8x6-1}: median milliseconds for a plane of two filter-normalised random
 * directions through the 2-8x6-1 tanh network (the shape of the {@code spiral-6x8} lesson), on one
 * thread, as the bowl samples such a plane while training: every grid point is a forward pass over
 * the 250 samples with every parameter moved.
 */
public final class SurfaceBench {
    /** Training samples the surface is sampled over. */
    public static final int SAMPLES = 250;
    /** The two weights of each benchmarked case, by layer. */
    static final String[][] PAIRS = {{"w:0:0:0", "w:0:1:1"}, {"w:1:0:0", "w:1:1:1"}, {"w:2:0:0", "w:2:0:1"}};

    private SurfaceBench() {
    }

    /** The benchmarked request: the 2-8-8-1 network, the two weights of {@code layer}, span 1. */
    public static LossSurface.Request request(int layer, int grid) {
        Network net = BenchCommand.Net.NET_2_8_8_1.network();
        Dataset data = BenchCommand.dataset();
        Dataset train = new Dataset(2, 1, Arrays.copyOf(data.rawInputs(), 2 * SAMPLES),
                Arrays.copyOf(data.rawTargets(), SAMPLES));
        return new LossSurface.Request(net, Loss.MSE, train, ParameterName.parse(PAIRS[layer][0], net),
                ParameterName.parse(PAIRS[layer][1], net), grid, 1.0);
    }

    /** The benchmarked plane: the 2-8x6-1 network, directions from seed 1, its training set of 250 samples. */
    public record Plane(Network centre, Dataset data, Directions directions) {
        public static Plane create() {
            Network net = BenchCommand.Net.NET_2_8X6_1.network();
            Dataset data = BenchCommand.dataset();
            Dataset train = new Dataset(2, 1, Arrays.copyOf(data.rawInputs(), 2 * SAMPLES),
                    Arrays.copyOf(data.rawTargets(), SAMPLES));
            return new Plane(net, train, Directions.filterNormalized(net, new Rng(1)));
        }

        /** One N x N plane, span 0.5, on the calling thread. */
        public SurfaceGrid sample(int grid) {
            return LossSurface.sample(centre, Loss.MSE, data, directions, grid, 0.5, null, 1, () -> false);
        }
    }

    static void runPlane(PrintStream out, int rounds, int grid) {
        Plane plane = Plane.create();
        for (int w = 0; w < Math.max(3, rounds / 2); w++) {
            plane.sample(grid); // warm-up
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            plane.sample(grid);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.println(String.format(Locale.ROOT, "plane.%dx%d.2-8x6-1 %.1f ms", grid, grid, ms[rounds / 2]));
        out.flush();
    }

    static void run(PrintStream out, int rounds, int grid) {
        try (SurfaceSampler sampler = new SurfaceSampler()) {
            for (int l = 0; l < PAIRS.length; l++) {
                LossSurface.Request r = request(l, grid);
                for (int w = 0; w < Math.max(3, rounds / 2); w++) {
                    sampler.sample(r); // warm-up
                }
                double[] ms = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    sampler.sample(r);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                out.println(String.format(Locale.ROOT, "surface.%dx%d.2-8-8-1.layer%d %.1f ms", grid, grid, l, ms[rounds / 2]));
                out.flush();
            }
        }
    }
}
