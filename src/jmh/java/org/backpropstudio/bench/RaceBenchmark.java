package org.backpropstudio.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.surface.OptimizerRace;
import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.studio.Presets;
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
 * Time of one optimizer race as the bowl runs it: the default four racers (SGD, momentum, Adam,
 * SGD too high) for 200 full-batch steps each on a preset, moving the preset's first two weights
 * of layer 0 (line-bowl: w and b). The too-high racer stops when it diverges, as in the app.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify -Djmh.args="RaceBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RaceBenchmark {

    @Param({"line-bowl", "spiral-6x8"})
    public String preset;

    private OptimizerRace race;
    private List<OptimizerRace.Racer> racers;

    @Setup(Level.Trial)
    public void setUp() {
        Experiment e = Presets.get(preset);
        Network net = e.buildNetwork();
        ParameterName x = ParameterName.weight(0, 0, 0);
        ParameterName y = net.inputs() == 1 ? ParameterName.bias(0, 0) : ParameterName.weight(0, 0, 1);
        race = new OptimizerRace(net, e.loss(), e.train(), x, y);
        racers = race.defaults(e.optimizer().learningRate());
    }

    /** Four racers, 200 steps each (fewer for one that diverges). */
    @Benchmark
    public RaceResult race200x4() {
        return race.run(racers, 200, () -> false);
    }
}
