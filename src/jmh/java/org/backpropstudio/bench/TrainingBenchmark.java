package org.backpropstudio.bench;

import java.util.concurrent.TimeUnit;

import org.backpropstudio.cli.BenchCommand;
import org.backpropstudio.engine.Trainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training throughput in sample-steps per second (one sample's forward and backward pass),
 * on the same networks, data and settings as the {@code bench} command: tanh layers, mse,
 * sgd, batch 10, 500 samples. Each invocation is one optimizer step, i.e. 10 sample-steps
 * and one update; the score is reported per sample-step.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrainingBenchmark {

    @Param({"2-8-8-1", "2-8x6-1"})
    public String network;

    private Trainer trainer;

    @Setup(Level.Trial)
    public void setUp() {
        for (BenchCommand.Net net : BenchCommand.Net.values()) {
            if (net.id().equals(network)) {
                trainer = net.trainer();
            }
        }
        if (trainer == null) {
            throw new IllegalArgumentException("no network " + network);
        }
    }

    /** One step of batch 10: ten sample-steps and one update. */
    @Benchmark
    @OperationsPerInvocation(BenchCommand.BATCH_SIZE)
    public boolean trainStep() {
        boolean ok = trainer.step();
        if (!ok) {
            throw new IllegalStateException("training diverged: " + trainer.divergence());
        }
        return ok;
    }
}
