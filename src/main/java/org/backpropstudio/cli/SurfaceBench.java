package org.backpropstudio.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.surface.LossSurface;
import org.backpropstudio.surface.SurfaceSampler;

/**
 * The loss-surface figures of {@code bench}: median milliseconds to sample an N x N grid of the
 * 2-8-8-1 tanh network's training loss over 250 samples, on all cores, for two weights in each
 * layer ({@code .layer0} is the slowest case: everything after the first layer is recomputed).
 */
final class SurfaceBench {
    static final int SAMPLES = 250;

    private SurfaceBench() {
    }

    static void run(PrintStream out, int rounds, int grid) {
        Network net = BenchCommand.Net.NET_2_8_8_1.network();
        var data = BenchCommand.dataset();
        var train = new org.backpropstudio.data.Dataset(2, 1,
                Arrays.copyOf(data.rawInputs(), 2 * SAMPLES), Arrays.copyOf(data.rawTargets(), SAMPLES));
        String[][] pairs = {{"w:0:0:0", "w:0:1:1"}, {"w:1:0:0", "w:1:1:1"}, {"w:2:0:0", "w:2:0:1"}};
        try (SurfaceSampler sampler = new SurfaceSampler()) {
            for (int l = 0; l < pairs.length; l++) {
                LossSurface.Request r = new LossSurface.Request(net, Loss.MSE, train,
                        ParameterName.parse(pairs[l][0], net), ParameterName.parse(pairs[l][1], net), grid, 1.0);
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
