package org.backpropstudio.bench;

import java.util.concurrent.TimeUnit;

import org.backpropstudio.cli.SurfaceBench;
import org.backpropstudio.surface.SurfaceGrid;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds to sample a plane of two random directions through the 2-8x6-1 tanh network over
 * 250 training samples on one thread, the request of the {@code plane.NxN.2-8x6-1} line of the
 * {@code bench} command, at the bowl's coarsest live grid (15), a middle one (21) and its default
 * (41). Sample mode, so JMH prints the median ({@code p0.50}) beside the mean.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify -Djmh.args="PlaneBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlaneBenchmark {

    @Param({"15", "21", "41"})
    public int grid;

    private SurfaceBench.Plane plane;

    @Setup(Level.Trial)
    public void setUp() {
        plane = SurfaceBench.Plane.create();
    }

    /** One whole plane. */
    @Benchmark
    public SurfaceGrid plane() {
        return plane.sample(grid);
    }
}
