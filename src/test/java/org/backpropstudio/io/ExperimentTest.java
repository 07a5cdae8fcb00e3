package org.backpropstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Building engine objects from an experiment, and replaying a seed. */
class ExperimentTest {

    /** Five XOR-like samples, so a batch of 2 does not divide an epoch and batches wrap. */
    private static final String FIVE_SAMPLES = "[{\"x\": [0, 0], \"y\": [0]}, {\"x\": [0, 1], \"y\": [1]}, "
            + "{\"x\": [1, 0], \"y\": [1]}, {\"x\": [1, 1], \"y\": [0]}, {\"x\": [0.5, 0.5], \"y\": [0.5]}]";

    private static Experiment xor(boolean shuffle, int batch, long stepsDone) throws ExperimentException {
        return ExperimentReader.read("xor.json", Edits.valid()
                .set("/network/layers/0", "{\"units\": 3, \"activation\": \"tanh\"}")
                .set("/network/layers/1", "{\"units\": 1, \"activation\": \"sigmoid\"}")
                .set("/training", "{\"batchSize\": " + batch + ", \"seed\": 99, \"shuffle\": " + shuffle
                        + ", \"stepsDone\": " + stepsDone + "}")
                .set("/data", "{\"train\": " + FIVE_SAMPLES + "}").text());
    }

    @Test
    void theFileParametersAreUsedAsWritten() throws ExperimentException {
        Network net = ExperimentReader.read("exp.json", Edits.VALID).buildNetwork();
        assertEquals(0.25, net.weight(0, 1, 0));
        assertEquals(0.45, net.weight(1, 0, 1));
        assertEquals(0.35, net.bias(0, 1));
        assertEquals(0.60, net.bias(1, 0));
    }

    @Test
    void missingParametersComeFromTheSeedAndTheInitializer() throws ExperimentException {
        Experiment e = xor(false, 1, 0);
        Network a = e.buildNetwork();
        Network expected = new Network(2, new int[] {3, 1},
                new org.backpropstudio.engine.Activation[] {org.backpropstudio.engine.Activation.TANH,
                        org.backpropstudio.engine.Activation.SIGMOID});
        Initializer.XAVIER.initialize(expected, new Rng(99));
        assertArrayEquals(expected.parameters(), a.parameters());
        assertNotEquals(0.0, a.weight(0, 0, 0));
        assertArrayEquals(a.parameters(), e.buildNetwork().parameters(), "the same seed gives the same weights");
        Experiment otherSeed = e.withTraining(new TrainingSpec(1, 100, false, 0));
        assertFalse(Arrays.equals(a.parameters(), otherSeed.buildNetwork().parameters()));
    }

    @Test
    void givenParametersOverrideOnlyTheirOwnLayer() throws ExperimentException {
        Experiment e = ExperimentReader.read("exp.json", Edits.valid().remove("/network/layers/1/weights").text());
        Network net = e.buildNetwork();
        assertEquals(0.15, net.weight(0, 0, 0));
        double r = Math.sqrt(6.0 / 4);
        assertNotEquals(0.40, net.weight(1, 0, 0));
        assertEquals(true, Math.abs(net.weight(1, 0, 0)) < r, "drawn by Xavier within +-" + r);
        assertEquals(0.60, net.bias(1, 1));
    }

    @Test
    void theGeneratorIsAdvancedTheSameWayWhetherOrNotWeightsAreGiven() throws ExperimentException {
        Experiment drawn = xor(true, 2, 0);
        Experiment written = drawn.withParameters(drawn.buildNetwork(), 0);
        Rng r1 = drawn.newRng();
        Rng r2 = written.newRng();
        drawn.buildNetwork(r1);
        written.buildNetwork(r2);
        assertEquals(r1.nextLong(), r2.nextLong());
    }

    @ParameterizedTest(name = "shuffle={0} batch={1} split {2}+{3}")
    @CsvSource({"true, 2, 3, 4", "true, 1, 7, 6", "false, 2, 3, 4", "true, 5, 2, 2", "false, 3, 11, 9", "true, 7, 4, 3"})
    void trainingInTwoRunsEqualsTrainingInOne(boolean shuffle, int batch, int first, int second) throws Exception {
        Experiment start = xor(shuffle, batch, 0);
        Trainer once = start.newTrainer();
        once.train(first + second);

        Trainer t1 = start.newTrainer();
        t1.train(first);
        Experiment saved = ExperimentReader.read("saved", ExperimentWriter.toJson(start.afterTraining(t1)));
        assertEquals(first, saved.training().stepsDone());
        Trainer t2 = saved.newTrainer();
        t2.train(second);

        assertArrayEquals(once.network().parameters(), t2.network().parameters());
        assertEquals(first + second, saved.afterTraining(t2).training().stepsDone());
        assertArrayEquals(once.currentBatch(), t2.currentBatch());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"momentum", "adam"})
    void optimizersWithMemoryContinueExactlyToo(String type) throws Exception {
        org.backpropstudio.engine.OptimizerConfig opt = type.equals("adam")
                ? org.backpropstudio.engine.OptimizerConfig.adam(0.02)
                : org.backpropstudio.engine.OptimizerConfig.momentum(0.05, 0.9);
        Experiment start = xor(true, 2, 0).withOptimizer(opt);
        Trainer once = start.newTrainer();
        once.train(9);
        Trainer t1 = start.newTrainer();
        t1.train(4);
        Experiment saved = ExperimentReader.read("saved", ExperimentWriter.toJson(start.afterTraining(t1)));
        assertEquals(t1.optimizerState(), saved.training().optimizerState());
        Trainer t2 = saved.newTrainer();
        t2.train(5);
        assertArrayEquals(once.network().parameters(), t2.network().parameters());
        assertEquals(once.optimizerState(), t2.optimizerState());
        // without the state the split run would drift: the test above can fail
        Trainer forgetful = saved.withTraining(saved.training().withOptimizerState(null)).newTrainer();
        forgetful.train(5);
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(once.network().parameters(), forgetful.network().parameters()));
    }

    @Test
    void withoutReplayTheShuffledOrderWouldDiffer() throws Exception {
        // Guards the test above: a trainer that ignores stepsDone ends elsewhere.
        Experiment start = xor(true, 2, 0);
        Trainer once = start.newTrainer();
        once.train(7);
        Trainer t1 = start.newTrainer();
        t1.train(3);
        Experiment saved = start.afterTraining(t1).withTraining(start.training());
        Trainer t2 = saved.newTrainer();
        t2.train(4);
        assertFalse(Arrays.equals(once.network().parameters(), t2.network().parameters()));
    }

    @Test
    void aNetworkOfAnotherShapeIsRefused() throws ExperimentException {
        Experiment e = xor(false, 1, 0);
        Network other = new Network(2, new int[] {4, 1}, new org.backpropstudio.engine.Activation[] {
            org.backpropstudio.engine.Activation.TANH, org.backpropstudio.engine.Activation.SIGMOID});
        assertThrows(IllegalArgumentException.class, () -> e.withParameters(other, 0));
    }
}
