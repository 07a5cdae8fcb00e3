package org.backpropstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files (and their failures), the shipped examples, writing and reading back. */
class ExperimentFilesTest {
    @TempDir
    Path dir;

    private ExperimentException readFails(Path file) {
        return assertThrows(ExperimentException.class, () -> ExperimentReader.read(file));
    }

    @Test
    void aMissingFileIsNamed() {
        Path p = dir.resolve("nothing.json");
        assertEquals(p + ": the file does not exist", readFails(p).getMessage());
    }

    @Test
    void aFolderIsNotAFile() {
        assertEquals(dir + ": this is a folder, not an experiment file", readFails(dir).getMessage());
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path p = Files.writeString(dir.resolve("secret.json"), Edits.VALID);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p), "running as a user who can read anything");
        assertEquals(p + ": the file cannot be read (permission denied)", readFails(p).getMessage());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path p = Files.writeString(dir.resolve("empty.json"), "  \n");
        assertEquals(p + ": $: the file is empty; expected a JSON object", readFails(p).getMessage());
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsPlace() throws IOException {
        Path p = Files.writeString(dir.resolve("notes.json"), "hello, world");
        String m = readFails(p).getMessage();
        assertTrue(m.startsWith(p + ": $: line 1, column 1: not valid JSON: Unrecognized token 'hello'"), m);
    }

    @Test
    void truncatedJsonGivesThePathLineAndColumn() throws IOException {
        String text = Edits.VALID;
        String cut = text.substring(0, text.indexOf("\"biases\": [0.60") + "\"biases\": [0.60".length());
        Path p = Files.writeString(dir.resolve("cut.json"), cut);
        ExperimentException e = readFails(p);
        assertEquals("$.network.layers[1].biases[0]", e.place());
        assertEquals(p + ": $.network.layers[1].biases[0]: line 11, column 65: the JSON ends too early "
                + "(is the file truncated?)", e.getMessage());
    }

    @Test
    void everyShippedExampleIsValid() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("assets", "experiments"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "examples: " + files);
        for (Path f : files) {
            Experiment e = ExperimentReader.read(f);
            assertFalse(e.train().isEmpty(), f + " has training samples");
            assertEquals(e, ExperimentReader.read("again", ExperimentWriter.toJson(e)), f + " round-trips");
        }
    }

    @Test
    void theCompleteExamplesInTheFormatDocumentAreValid() throws Exception {
        String doc = Files.readString(Path.of("docs", "experiment-format.md"));
        int found = 0;
        for (String block : doc.split("```json\n")) {
            if (block.startsWith("{\n  \"format\"")) {
                String json = block.substring(0, block.indexOf("```"));
                Experiment e = ExperimentReader.read("doc example " + found, json);
                assertFalse(e.train().isEmpty());
                found++;
            }
        }
        assertEquals(2, found, "the worked example and the smallest file");
        assertEquals(ExperimentReader.read(Path.of("assets/experiments/worked-example.json")),
                ExperimentReader.read("doc", doc.substring(doc.indexOf("```json\n") + 8, doc.indexOf("```\n", doc.indexOf("```json\n")))));
    }

    @Test
    void theWorkedExampleHoldsThePublishedNumbers() throws ExperimentException {
        Experiment e = ExperimentReader.read(Path.of("assets/experiments/worked-example.json"));
        assertArrayEquals(new double[][] {{0.15, 0.20}, {0.25, 0.30}}, e.network().layers().get(0).weights());
        assertArrayEquals(new double[] {0.35, 0.35}, e.network().layers().get(0).biases());
        assertArrayEquals(new double[][] {{0.40, 0.45}, {0.50, 0.55}}, e.network().layers().get(1).weights());
        assertArrayEquals(new double[] {0.60, 0.60}, e.network().layers().get(1).biases());
        assertArrayEquals(new double[] {0.05, 0.10}, e.train().inputsOf(0));
        assertArrayEquals(new double[] {0.01, 0.99}, e.train().targetsOf(0));
        assertEquals(0.5, e.optimizer().learningRate());
        assertEquals(1, e.training().batchSize());
    }

    @Test
    void writeThenReadGivesAnEqualExperimentAndTheSameText() throws Exception {
        Experiment e = ExperimentReader.read("exp.json", Edits.valid()
                .set("/optimizer", "{\"type\": \"adam\", \"learningRate\": 0.003, \"beta1\": 0.8, \"beta2\": 0.99, \"epsilon\": 1e-7}")
                .set("/regularization", "{\"type\": \"l1\", \"rate\": 0.001}")
                .set("/training", "{\"batchSize\": 3, \"seed\": -9007199254740993, \"shuffle\": true, \"stepsDone\": 12}")
                .set("/network/layers/0/weights/0/0", "-0.0")
                .set("/network/layers/0/weights/0/1", "0.1234567890123456789")
                .set("/network/layers/1/biases/0", "4.9e-324").text());
        Path p = dir.resolve("out.json");
        ExperimentWriter.write(e, p);
        Experiment back = ExperimentReader.read(p);
        assertEquals(e, back);
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(back.network().layers().get(0).weights()[0][0]));
        assertEquals(Files.readString(p), ExperimentWriter.toJson(back));
    }

    @Test
    void randomParametersRoundTripBitForBit() throws Exception {
        Experiment e = ExperimentReader.read("exp.json", Edits.valid().remove("/network/layers/0/weights")
                .remove("/network/layers/0/biases").set("/network/initializer", "\"he\"").text());
        Experiment trained = e.withParameters(e.buildNetwork(), 0);
        Experiment back = ExperimentReader.read("again", ExperimentWriter.toJson(trained));
        assertEquals(trained, back);
        assertArrayEquals(trained.buildNetwork().parameters(), back.buildNetwork().parameters());
    }

    @Test
    void theWriterUsesTheDocumentedLayout() throws ExperimentException {
        Experiment e = ExperimentReader.read("exp.json", Edits.VALID);
        String expected = """
                {
                  "format": "backprop-studio/experiment",
                  "version": 1,
                  "network": {
                    "inputs": 2,
                    "initializer": "xavier",
                    "layers": [
                      {
                        "units": 2,
                        "activation": "sigmoid",
                        "weights": [
                          [0.15, 0.2],
                          [0.25, 0.3]
                        ],
                        "biases": [0.35, 0.35]
                      },
                      {
                        "units": 2,
                        "activation": "sigmoid",
                        "weights": [
                          [0.4, 0.45],
                          [0.5, 0.55]
                        ],
                        "biases": [0.6, 0.6]
                      }
                    ]
                  },
                  "loss": "mse",
                  "optimizer": {
                    "type": "sgd",
                    "learningRate": 0.5
                  },
                  "regularization": {
                    "type": "none",
                    "rate": 0.0
                  },
                  "training": {
                    "batchSize": 1,
                    "seed": 42,
                    "shuffle": false,
                    "stepsDone": 0
                  },
                  "data": {
                    "train": [
                      { "x": [0.05, 0.1], "y": [0.01, 0.99] }
                    ],
                    "test": [
                      { "x": [0.5, 0.5], "y": [0.5, 0.5] }
                    ]
                  }
                }
                """;
        assertEquals(expected, ExperimentWriter.toJson(e));
    }

    @Test
    void aGeneratorRecipeIsWrittenBackAsARecipe() throws Exception {
        Experiment e = ExperimentReader.read(Path.of("assets/experiments/spiral.json"));
        String json = ExperimentWriter.toJson(e);
        assertTrue(json.contains("\"data\": {\n    \"generator\": \"spiral\",\n    \"count\": 500,\n    \"noise\": 0.1,\n"
                + "    \"testFraction\": 0.5,\n    \"seed\": 7\n  }"), json);
        assertFalse(json.contains("\"train\""), json);
        assertEquals(500, e.train().size() + e.test().size());
        assertEquals(2, e.train().inputs());
    }

    @Test
    void anAtomicWriteReplacesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path p = dir.resolve("target.json");
        Files.writeString(p, "old contents that are longer than the new ones");
        AtomicFile.write(p, "new");
        assertEquals("new", Files.readString(p));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(p), s.toList());
        }
    }

    @Test
    void aFailedAtomicWriteLeavesTheOldFile() throws IOException {
        Path p = dir.resolve("keep.json");
        Files.writeString(p, "precious");
        Path blocked = dir.resolve("no-such-folder").resolve("x.json");
        assertThrows(IOException.class, () -> AtomicFile.write(blocked, "x"));
        Path folder = Files.createDirectory(dir.resolve("sub"));
        assertThrows(IOException.class, () -> AtomicFile.write(folder, "x"));
        assertEquals("precious", Files.readString(p));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void textInUtf16IsReadToo() throws Exception {
        Experiment a = ExperimentReader.read("a", Edits.VALID.getBytes(StandardCharsets.UTF_8));
        Experiment b = ExperimentReader.read("b", Edits.VALID.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(a, b);
        assertNotEquals(a, a.withTraining(a.training().withStepsDone(3)));
    }
}
