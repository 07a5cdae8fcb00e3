package org.backpropstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad content is refused with the exact JSON path of the problem. */
class ExperimentValidationTest {

    private static Arguments bad(String name, UnaryOperator<Edits> edit, String path, String fragment) {
        return Arguments.of(name, edit, path, fragment);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // format and version
                bad("wrong format", e -> e.set("/format", "\"something/else\""), "$.format", "not a Backprop Studio experiment"),
                bad("no format", e -> e.remove("/format"), "$.format",
                        "the field 'format' is missing; an experiment file starts with \"format\": \"backprop-studio/experiment\""),
                bad("version 2", e -> e.set("/version", "2"), "$.version", "version 2 is not supported"),
                bad("version 0", e -> e.set("/version", "0"), "$.version", "version 0 is not supported"),
                bad("version as text", e -> e.set("/version", "\"1\""), "$.version", "expected a whole number, found the string \"1\""),
                bad("no version", e -> e.remove("/version"), "$.version", "missing"),
                bad("unknown top-level field", e -> e.set("/comment", "\"hi\""), "$.comment", "unknown field 'comment'"),
                bad("misspelt top-level field", e -> e.set("/optimiser", "{}"), "$.optimiser", "did you mean 'optimizer'?"),
                // network
                bad("no network", e -> e.remove("/network"), "$.network", "the required field 'network' is missing"),
                bad("network not an object", e -> e.set("/network", "[]"), "$.network", "expected the network (a JSON object"),
                bad("no inputs", e -> e.remove("/network/inputs"), "$.network.inputs", "missing"),
                bad("zero inputs", e -> e.set("/network/inputs", "0"), "$.network.inputs", "must be from 1 to 256, found 0"),
                bad("negative inputs", e -> e.set("/network/inputs", "-3"), "$.network.inputs", "must be from 1 to 256, found -3"),
                bad("too many inputs", e -> e.set("/network/inputs", "257"), "$.network.inputs", "must be from 1 to 256"),
                bad("fractional inputs", e -> e.set("/network/inputs", "2.5"), "$.network.inputs", "expected a whole number, found 2.5"),
                bad("inputs as text", e -> e.set("/network/inputs", "\"2\""), "$.network.inputs", "expected a whole number"),
                bad("unknown initializer", e -> e.set("/network/initializer", "\"glorot\""), "$.network.initializer",
                        "unknown initializer 'glorot' (expected one of xavier, he, uniform)"),
                bad("no layers", e -> e.set("/network/layers", "[]"), "$.network.layers", "expected 1 to 17 layers"),
                bad("too many layers", e -> e.set("/network/layers", layers(18)), "$.network.layers", "found 18"),
                bad("layers not an array", e -> e.set("/network/layers", "{}"), "$.network.layers", "expected layers"),
                bad("zero units", e -> e.set("/network/layers/0/units", "0"), "$.network.layers[0].units", "must be from 1 to 256, found 0"),
                bad("negative units", e -> e.set("/network/layers/1/units", "-2"), "$.network.layers[1].units", "found -2"),
                bad("too many units", e -> e.set("/network/layers/0/units", "1000"), "$.network.layers[0].units", "must be from 1 to 256"),
                bad("no units", e -> e.remove("/network/layers/1/units"), "$.network.layers[1].units", "missing"),
                bad("misspelt units", e -> e.set("/network/layers/0/unit", "2"), "$.network.layers[0].unit", "did you mean 'units'?"),
                bad("unknown activation", e -> e.set("/network/layers/1/activation", "\"sigmoidd\""), "$.network.layers[1].activation",
                        "unknown activation 'sigmoidd' (expected one of linear, relu, leaky-relu, sigmoid, tanh, softmax)"),
                bad("activation not text", e -> e.set("/network/layers/1/activation", "3"), "$.network.layers[1].activation",
                        "expected a string in quotes, found the number 3"),
                bad("hidden softmax", e -> e.set("/network/layers/0/activation", "\"softmax\""), "$.network.layers[0].activation",
                        "softmax is allowed on the output layer only"),
                bad("too many weight rows", e -> e.set("/network/layers/0/weights", "[[1, 2], [3, 4], [5, 6]]"),
                        "$.network.layers[0].weights", "expected 2 rows of weights"),
                bad("weight row too short", e -> e.set("/network/layers/1/weights/1", "[0.5]"),
                        "$.network.layers[1].weights[1]", "expected 2 weights in this row"),
                bad("weight row fits the wrong fan-in", e -> e.set("/network/inputs", "3"),
                        "$.network.layers[0].weights[0]", "expected 3 weights in this row (one per input of the layer), found 2"),
                bad("weight not a number", e -> e.set("/network/layers/1/weights/1/0", "\"x\""),
                        "$.network.layers[1].weights[1][0]", "expected a number, found the string \"x\""),
                bad("infinite weight", e -> e.set("/network/layers/0/weights/0/1", "1e400"),
                        "$.network.layers[0].weights[0][1]", "must be finite"),
                bad("null weights", e -> e.set("/network/layers/0/weights", "null"),
                        "$.network.layers[0].weights", "found null"),
                bad("too few biases", e -> e.set("/network/layers/0/biases", "[0.35]"),
                        "$.network.layers[0].biases", "expected 2 biases (one per unit), found 1"),
                bad("infinite bias", e -> e.set("/network/layers/1/biases/1", "-1E+999"),
                        "$.network.layers[1].biases[1]", "must be finite"),
                // loss
                bad("no loss", e -> e.remove("/loss"), "$.loss", "missing"),
                bad("unknown loss", e -> e.set("/loss", "\"mae\""), "$.loss", "unknown loss 'mae' (expected one of mse, cross-entropy)"),
                bad("cross-entropy after tanh", e -> e.set("/loss", "\"cross-entropy\"").set("/network/layers/1/activation", "\"tanh\""),
                        "$.loss", "cross-entropy needs a sigmoid or softmax output layer, but the output layer ($.network.layers[1]) is tanh"),
                // optimizer
                bad("no optimizer", e -> e.remove("/optimizer"), "$.optimizer", "missing"),
                bad("unknown optimizer", e -> e.set("/optimizer/type", "\"rmsprop\""), "$.optimizer.type",
                        "unknown optimizer 'rmsprop' (expected one of sgd, momentum, adam)"),
                bad("no learning rate", e -> e.remove("/optimizer/learningRate"), "$.optimizer.learningRate", "missing"),
                bad("misspelt learning rate", e -> e.set("/optimizer/learningrate", "0.1"), "$.optimizer.learningrate",
                        "did you mean 'learningRate'?"),
                bad("zero learning rate", e -> e.set("/optimizer/learningRate", "0"), "$.optimizer.learningRate",
                        "must be greater than 0, found 0"),
                bad("negative learning rate", e -> e.set("/optimizer/learningRate", "-0.1"), "$.optimizer.learningRate",
                        "must be greater than 0, found -0.1"),
                bad("infinite learning rate", e -> e.set("/optimizer/learningRate", "1e400"), "$.optimizer.learningRate", "must be finite"),
                bad("momentum on sgd", e -> e.set("/optimizer/momentum", "0.9"), "$.optimizer.momentum",
                        "only the momentum optimizer uses 'momentum'"),
                bad("momentum of 1", e -> e.set("/optimizer/type", "\"momentum\"").set("/optimizer/momentum", "1"),
                        "$.optimizer.momentum", "must be at least 0 and less than 1, found 1"),
                bad("adam beta2 above 1", e -> e.set("/optimizer/type", "\"adam\"").set("/optimizer/beta2", "1.5"),
                        "$.optimizer.beta2", "must be at least 0 and less than 1"),
                bad("adam epsilon 0", e -> e.set("/optimizer/type", "\"adam\"").set("/optimizer/epsilon", "0"),
                        "$.optimizer.epsilon", "must be greater than 0"),
                // regularization
                bad("unknown regularization", e -> e.set("/regularization/type", "\"l3\""), "$.regularization.type",
                        "unknown regularization 'l3' (expected one of none, l1, l2)"),
                bad("negative rate", e -> e.set("/regularization/rate", "-0.01"), "$.regularization.rate", "must be 0 or more, found -0.01"),
                bad("no regularization type", e -> e.remove("/regularization/type"), "$.regularization.type", "missing"),
                // training
                bad("optimizer state for sgd", e -> e.set("/training/optimizerState", "{\"updates\": 1, \"first\": [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]}"),
                        "$.training.optimizerState", "the sgd optimizer keeps no state"),
                bad("velocity of the wrong length", e -> e.set("/optimizer/type", "\"momentum\"")
                        .set("/training/optimizerState", "{\"updates\": 1, \"first\": [0.1, 0.2, 0.3]}"),
                        "$.training.optimizerState.first", "expected 12 values (one per weight and bias), found 3"),
                bad("second moment for momentum", e -> e.set("/optimizer/type", "\"momentum\"")
                        .set("/training/optimizerState", "{\"updates\": 1, \"first\": [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], \"second\": [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]}"),
                        "$.training.optimizerState.second", "only the adam optimizer keeps a second moment"),
                bad("adam without its second moment", e -> e.set("/optimizer/type", "\"adam\"")
                        .set("/training/optimizerState", "{\"updates\": 1, \"first\": [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]}"),
                        "$.training.optimizerState.second", "missing"),
                bad("negative update count", e -> e.set("/optimizer/type", "\"momentum\"")
                        .set("/training/optimizerState", "{\"updates\": -1, \"first\": [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]}"),
                        "$.training.optimizerState.updates", "found -1"),
                bad("zero batch", e -> e.set("/training/batchSize", "0"), "$.training.batchSize", "found 0"),
                bad("negative batch", e -> e.set("/training/batchSize", "-4"), "$.training.batchSize", "found -4"),
                bad("huge batch", e -> e.set("/training/batchSize", "5000000000"), "$.training.batchSize", "must be from 1 to 1000000"),
                bad("misspelt batch size", e -> e.set("/training/batchsize", "2"), "$.training.batchsize", "did you mean 'batchSize'?"),
                bad("fractional seed", e -> e.set("/training/seed", "1.5"), "$.training.seed", "expected a whole number, found 1.5"),
                bad("seed beyond 64 bits", e -> e.set("/training/seed", "100000000000000000000000"), "$.training.seed", "found 100000000000000000000000"),
                bad("shuffle as text", e -> e.set("/training/shuffle", "\"yes\""), "$.training.shuffle", "expected true or false"),
                bad("negative steps done", e -> e.set("/training/stepsDone", "-1"), "$.training.stepsDone", "must be from 0 to 1000000000000000, found -1"),
                bad("absurd steps done", e -> e.set("/training/stepsDone", "9223372036854775807"), "$.training.stepsDone",
                        "must be from 0 to 1000000000000000"),
                // explicit data
                bad("no data", e -> e.remove("/data"), "$.data", "missing"),
                bad("no training samples field", e -> e.remove("/data/train"), "$.data.train", "missing"),
                bad("x too long", e -> e.set("/data/train/0/x", "[1, 2, 3]"), "$.data.train[0].x", "expected 2 input values (one per network input), found 3"),
                bad("y too short", e -> e.set("/data/train/0/y", "[1]"), "$.data.train[0].y", "expected 2 target values (one per network output), found 1"),
                bad("test x not a number", e -> e.set("/data/test/0/x/1", "true"), "$.data.test[0].x[1]", "expected a number, found true"),
                bad("infinite target", e -> e.set("/data/test/0/y/0", "2e308"), "$.data.test[0].y[0]", "must be finite"),
                bad("sample without y", e -> e.remove("/data/train/0/y"), "$.data.train[0].y", "missing"),
                bad("unknown sample field", e -> e.set("/data/train/0/label", "1"), "$.data.train[0].label", "unknown field 'label'"),
                bad("sample not an object", e -> e.set("/data/train/0", "[0.05, 0.1]"), "$.data.train[0]", "expected a sample"),
                bad("cross-entropy target above 1", e -> e.set("/loss", "\"cross-entropy\"").set("/data/train/0/y/1", "2"),
                        "$.data.train[0].y[1]", "cross-entropy needs targets from 0 to 1, found 2.0"),
                // generator data
                bad("unknown generator", e -> oneOutput(e).set("/data", generator("\"spirals\"", "100", "0.1", "0.5")), "$.data.generator",
                        "unknown generator 'spirals' (expected one of "),
                bad("generator count 0", e -> oneOutput(e).set("/data", generator("\"xor\"", "0", "0.1", "0.5")), "$.data.count", "found 0"),
                bad("generator count too big", e -> oneOutput(e).set("/data", generator("\"xor\"", "2000000", "0.1", "0.5")), "$.data.count",
                        "must be from 1 to 1000000"),
                bad("negative noise", e -> oneOutput(e).set("/data", generator("\"xor\"", "100", "-0.1", "0.5")), "$.data.noise", "must be 0 or more"),
                bad("test fraction 1", e -> oneOutput(e).set("/data", generator("\"xor\"", "100", "0.1", "1")), "$.data.testFraction",
                        "must be at least 0 and less than 1, found 1"),
                bad("negative test fraction", e -> oneOutput(e).set("/data", generator("\"xor\"", "100", "0.1", "-0.5")), "$.data.testFraction",
                        "found -0.5"),
                bad("generator of the wrong shape", e -> oneOutput(e).set("/data", generator("\"line\"", "100", "0.1", "0.5")), "$.data.generator",
                        "'line' makes samples with 1 input and 1 output, but the network has 2 inputs and 1 output"),
                bad("generator and samples", e -> e.set("/data/generator", "\"xor\""), "$.data.train", "unknown field 'train'")
        );
    }

    /** The base with a single output unit, the shape of the two-input generators. */
    private static Edits oneOutput(Edits e) {
        return e.set("/network/layers/1", "{\"units\": 1, \"activation\": \"sigmoid\"}");
    }

    private static String layers(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"units\": 2, \"activation\": \"sigmoid\"}");
        }
        return sb.append(']').toString();
    }

    private static String generator(String name, String count, String noise, String fraction) {
        return "{\"generator\": " + name + ", \"count\": " + count + ", \"noise\": " + noise + ", \"testFraction\": "
                + fraction + ", \"seed\": 7}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesWithThePath(String name, UnaryOperator<Edits> edit, String path, String fragment) {
        String text = edit.apply(Edits.valid()).text();
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentReader.read("exp.json", text));
        assertEquals(path, e.place(), e.getMessage());
        assertTrue(e.getMessage().startsWith("exp.json: " + path + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theValidBaseIsAccepted() throws ExperimentException {
        Experiment e = ExperimentReader.read("exp.json", Edits.valid().text());
        assertEquals(2, e.network().inputs());
        assertEquals(0.55, e.network().layers().get(1).weights()[1][1]);
        assertEquals(1, e.test().size());
    }

    @Test
    void optionalSectionsTakeTheirDefaults() throws ExperimentException {
        String text = Edits.valid().remove("/regularization").remove("/training").remove("/network/initializer")
                .remove("/data/test").remove("/network/layers/0/weights").remove("/network/layers/1/biases").text();
        Experiment e = ExperimentReader.read("exp.json", text);
        assertEquals("none", e.regularization().type().id());
        assertEquals(new TrainingSpec(1, 0, false, 0), e.training());
        assertEquals("xavier", e.network().initializer().id());
        assertTrue(e.test().isEmpty());
        assertFalse(e.network().layers().get(0).hasWeights());
        assertTrue(e.network().layers().get(0).hasBiases());
        assertFalse(e.network().layers().get(1).hasBiases());
    }

    @Test
    void duplicateFieldsAreRefused() {
        String text = Edits.VALID.replace("\"loss\": \"mse\",", "\"loss\": \"mse\", \"loss\": \"cross-entropy\",");
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentReader.read("exp.json", text));
        assertEquals("$.loss", e.place());
        assertTrue(e.getMessage().contains("Duplicate field 'loss'"), e.getMessage());
    }

    @Test
    void nonNumericLiteralsAreNotJson() {
        String text = Edits.VALID.replace("\"learningRate\": 0.5", "\"learningRate\": NaN");
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentReader.read("exp.json", text));
        assertEquals("$.optimizer.learningRate", e.place());
        assertTrue(e.getMessage().endsWith(": line 15, column 52: not valid JSON: 'NaN' is not a JSON number "
                + "(numbers in the file must be finite)"), e.getMessage());
    }

    @Test
    void aTopLevelArrayIsNotAnExperiment() {
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentReader.read("exp.json", "[1, 2]"));
        assertEquals("exp.json: $: expected an experiment (a JSON object { ... }), found an array", e.getMessage());
    }

    @Test
    void textAfterTheObjectIsRefused() {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> ExperimentReader.read("exp.json", Edits.VALID + "\n{}"));
        assertEquals("exp.json: $: line 24, column 1: not valid JSON: there is more text after the end of the "
                + "experiment's JSON object", e.getMessage());
    }
}
