package org.backpropstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The train and grad commands end to end, through files. */
class TrainAndGradTest {
    private static final String WORKED = "assets/experiments/worked-example.json";

    @TempDir
    Path dir;

    private static double loss(CliRun r) {
        String line = r.out().strip();
        assertFalse(line.contains("\n"), "one line: " + r.out());
        return Double.parseDouble(line);
    }

    @Test
    void oneStepOfTheWorkedExampleGivesThePublishedWeights() throws Exception {
        Path out = dir.resolve("after.json");
        CliRun r = CliRun.of("train", "--in", WORKED, "--steps", "1", "--out", out.toString()).succeeds();
        // hand-computed, biases updated too: E = 1/2 sum (y - a)^2 at the new parameters
        assertEquals(0.28047144679143016, loss(r), 1e-15);
        Network net = ExperimentReader.read(out).buildNetwork();
        double[][] published = {
            {0.149780716, 0.19956143, 0.24975114, 0.29950229},   // w1..w4, into the hidden layer
            {0.35891648, 0.408666186, 0.511301270, 0.561370121}, // w5..w8, into the output layer
        };
        for (int l = 0; l < 2; l++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    assertEquals(published[l][2 * j + k], net.weight(l, j, k), 5e-9, "w" + (4 * l + 2 * j + k + 1));
                }
            }
        }
        Experiment after = ExperimentReader.read(out);
        assertEquals(1, after.training().stepsDone());
        assertEquals(loss(r), Trainer.evaluate(after.buildNetwork(), after.loss(), after.train()));
    }

    @Test
    void withoutOutTheInputIsNotChanged() throws IOException {
        Path in = Files.copy(Path.of(WORKED), dir.resolve("w.json"));
        byte[] before = Files.readAllBytes(in);
        CliRun.of("train", "--in", in.toString(), "--steps", "5").succeeds();
        assertArrayEquals(before, Files.readAllBytes(in));
    }

    @Test
    void outMayReplaceTheInput() throws Exception {
        Path in = Files.copy(Path.of(WORKED), dir.resolve("w.json"));
        double first = loss(CliRun.of("train", "--in", in.toString(), "--steps", "1", "--out", in.toString()).succeeds());
        double second = loss(CliRun.of("train", "--in", in.toString(), "--steps", "1", "--out", in.toString()).succeeds());
        assertTrue(second < first, second + " < " + first);
        assertEquals(2, ExperimentReader.read(in).training().stepsDone());
    }

    @Test
    void xorWithFourTanhUnitsLearns() {
        double loss = loss(CliRun.of("train", "--in", "assets/experiments/xor-tanh.json", "--steps", "2000").succeeds());
        assertTrue(loss < 0.01, "loss " + loss);
    }

    @Test
    void theLineReachesTheLeastSquaresFit() throws Exception {
        Path out = dir.resolve("line.json");
        CliRun.of("train", "--in", "assets/experiments/line-bowl.json", "--steps", "5000", "--out", out.toString()).succeeds();
        Experiment e = ExperimentReader.read(out);
        var d = e.train();
        double mx = 0, my = 0;
        for (int i = 0; i < d.size(); i++) {
            mx += d.x(i, 0) / d.size();
            my += d.y(i, 0) / d.size();
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < d.size(); i++) {
            sxy += (d.x(i, 0) - mx) * (d.y(i, 0) - my);
            sxx += (d.x(i, 0) - mx) * (d.x(i, 0) - mx);
        }
        double slope = sxy / sxx;
        Network net = e.buildNetwork();
        assertEquals(slope, net.weight(0, 0, 0), 1e-6);
        assertEquals(my - slope * mx, net.bias(0, 0), 1e-6);
    }

    /** N steps in one run equal N1 then N2 steps in two runs through files, byte for byte. */
    @ParameterizedTest(name = "{0} with batch {1}: {2} + {3}")
    @CsvSource({
        "xor-tanh.json, 3, 5, 7",
        "xor-tanh.json, 1, 9, 4",
        "spiral.json, 7, 40, 33",
        "line-bowl.json, 6, 13, 8",
    })
    void trainingCanBeSplitAcrossRuns(String example, int batch, int n1, int n2) throws IOException {
        String text = Files.readString(Path.of("assets/experiments", example))
                .replaceAll("\"batchSize\": \\d+", "\"batchSize\": " + batch)
                .replace("\"shuffle\": false", "\"shuffle\": true")
                .replaceAll("\"optimizer\": \\{[^}]*}", "\"optimizer\": { \"type\": \"sgd\", \"learningRate\": 0.05 }");
        Path start = Files.writeString(dir.resolve("start.json"), text);
        Path once = dir.resolve("once.json");
        Path half = dir.resolve("half.json");
        Path twice = dir.resolve("twice.json");
        double l1 = loss(CliRun.of("train", "--in", start.toString(), "--steps", String.valueOf(n1 + n2),
                "--out", once.toString()).succeeds());
        CliRun.of("train", "--in", start.toString(), "--steps", String.valueOf(n1), "--out", half.toString()).succeeds();
        double l2 = loss(CliRun.of("train", "--in", half.toString(), "--steps", String.valueOf(n2),
                "--out", twice.toString()).succeeds());
        assertEquals(l1, l2);
        assertEquals(Files.readString(once), Files.readString(twice));
        assertTrue(Files.readString(once).contains("\"stepsDone\": " + (n1 + n2)));
    }

    @Test
    void divergenceKeepsTheLastGoodParametersAndExitsWithOne() throws Exception {
        String text = """
                {
                  "format": "backprop-studio/experiment", "version": 1,
                  "network": { "inputs": 1, "layers": [
                    { "units": 1, "activation": "linear", "weights": [[0.5]], "biases": [0] } ] },
                  "loss": "mse",
                  "optimizer": { "type": "sgd", "learningRate": 1e300 },
                  "data": { "train": [ { "x": [1], "y": [2] }, { "x": [-2], "y": [1] } ] }
                }
                """;
        Path in = Files.writeString(dir.resolve("wild.json"), text);
        Path out = dir.resolve("wild-out.json");
        CliRun r = CliRun.of("train", "--in", in.toString(), "--steps", "50", "--out", out.toString());
        String line = r.failsWith(1);
        // step 1 makes the weights about 1e300 (still finite); step 2's loss overflows and is refused
        assertEquals("error: " + in + ": training diverged at step 2: the loss became infinite; "
                + "the parameters of step 1 were kept", line);
        Experiment saved = ExperimentReader.read(out);
        assertEquals(1, saved.training().stepsDone());
        assertTrue(Math.abs(saved.buildNetwork().weight(0, 0, 0)) > 1e299);
        assertEquals(Double.POSITIVE_INFINITY, loss(r), "the loss at the kept parameters, as it is");
    }

    @Test
    void gradGivesTheWorkedExampleGradientsAndTrace() throws Exception {
        JsonNode g = new ObjectMapper().readTree(CliRun.of("grad", "--in", WORKED).succeeds().out());
        assertEquals(0.298371109, g.get("loss").doubleValue(), 5e-10);
        JsonNode hidden = g.get("layers").get(0);
        JsonNode output = g.get("layers").get(1);
        assertEquals(0.000438568, hidden.get("weightGradients").get(0).get(0).doubleValue(), 5e-10); // dE/dw1
        assertEquals(0.082167041, output.get("weightGradients").get(0).get(0).doubleValue(), 5e-10); // dE/dw5
        assertEquals(-0.022602540, output.get("weightGradients").get(1).get(0).doubleValue(), 5e-10); // dE/dw7
        assertEquals(0.138498562, output.get("biasGradients").get(0).doubleValue(), 5e-10);
        assertEquals(2, hidden.get("biasGradients").size());
        JsonNode trace = g.get("trace");
        assertEquals(0, trace.get("sample").intValue());
        assertEquals(0.3775, trace.get("layers").get(0).get("z").get(0).doubleValue(), 1e-15);
        assertEquals(0.593269992, trace.get("layers").get(0).get("a").get(0).doubleValue(), 5e-10); // out_h1
        assertEquals(0.751365070, trace.get("layers").get(1).get("a").get(0).doubleValue(), 5e-10); // out_o1
        assertEquals(0.138498562, trace.get("layers").get(1).get("delta").get(0).doubleValue(), 5e-10);
    }

    @Test
    void gradWritesItsReportToOut() throws Exception {
        Path out = dir.resolve("grad.json");
        CliRun r = CliRun.of("grad", "--in", WORKED, "--out", out.toString()).succeeds();
        assertEquals("", r.out());
        assertEquals(CliRun.of("grad", "--in", WORKED).out(), Files.readString(out));
    }

    @Test
    void gradIncludesTheRegularizationTerm() throws Exception {
        String text = Files.readString(Path.of(WORKED))
                .replace("\"type\": \"none\", \"rate\": 0", "\"type\": \"l2\", \"rate\": 0.1");
        Path in = Files.writeString(dir.resolve("l2.json"), text);
        ObjectMapper m = new ObjectMapper();
        JsonNode plain = m.readTree(CliRun.of("grad", "--in", WORKED).succeeds().out());
        JsonNode reg = m.readTree(CliRun.of("grad", "--in", in.toString()).succeeds().out());
        double sumSquares = 0.15 * 0.15 + 0.2 * 0.2 + 0.25 * 0.25 + 0.3 * 0.3 + 0.4 * 0.4 + 0.45 * 0.45 + 0.5 * 0.5 + 0.55 * 0.55;
        assertEquals(plain.get("loss").doubleValue() + 0.1 * 0.5 * sumSquares, reg.get("loss").doubleValue(), 1e-12);
        assertEquals(plain.at("/layers/1/weightGradients/0/1").doubleValue() + 0.1 * 0.45,
                reg.at("/layers/1/weightGradients/0/1").doubleValue(), 1e-12);
        assertEquals(plain.at("/layers/1/biasGradients/0").doubleValue(), reg.at("/layers/1/biasGradients/0").doubleValue());
    }
}
