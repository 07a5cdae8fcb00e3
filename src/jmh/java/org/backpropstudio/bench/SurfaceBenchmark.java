package org.backpropstudio.bench;

import java.util.concurrent.TimeUnit;

import org.backpropstudio.cli.SurfaceBench;
import org.backpropstudio.surface.LossSurface;
import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.surface.SurfaceSampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds to sample a 65 x 65 loss surface of the 2-8-8-1 tanh network over 250 training
 * samples on all cores, the same request as the {@code surface.65x65.2-8-8-1.layerL} lines of
 * the {@code bench} command: two weights of layer 0, 1 or 2. Sample mode, so JMH prints the
 * median ({@code p0.50}) beside the mean.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SurfaceBenchmark {

    @Param({"0", "1", "2"})
    public int layer;

    private LossSurface.Request request;
    private SurfaceSampler sampler;

    @Setup(Level.Trial)
    public void setUp() {
        request = SurfaceBench.request(layer, 65);
        sampler = new SurfaceSampler();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sampler.close();
    }

    /** One whole 65 x 65 surface. */
    @Benchmark
    public SurfaceGrid surface() {
        return sampler.sample(request);
    }
}
