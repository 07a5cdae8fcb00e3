package org.backpropstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Usage errors and bad files: status 2, one error line, no output file written or changed. */
class CliTest {
    private static final String WORKED = "assets/experiments/worked-example.json";
    private static final byte[] PRECIOUS = "{ \"keep\": \"these exact bytes\" }\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path out;

    @BeforeEach
    void existingOutput() throws IOException {
        out = Files.write(dir.resolve("existing.json"), PRECIOUS);
    }

    private void outputUntouched() throws IOException {
        assertArrayEquals(PRECIOUS, Files.readAllBytes(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.filter(p -> !p.getFileName().toString().startsWith("in-")).toList(),
                    "no temporary or other file left behind");
        }
    }

    private Path input(String name, String text) throws IOException {
        return Files.writeString(dir.resolve("in-" + name), text);
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of(), "error: no command given (commands: train, grad, surface, bench, render)"),
                Arguments.of(List.of("trian", "--in", WORKED), "error: unknown command 'trian' (commands: train, grad, surface, bench, render)"),
                Arguments.of(List.of("train", "--steps", "1"), "error: train: the option '--in' is required"),
                Arguments.of(List.of("train", "--in", WORKED), "error: train: the option '--steps' is required"),
                Arguments.of(List.of("train", "--in", WORKED, "--steps", "0"),
                        "error: train: --steps must be a whole number of at least 1, found 0"),
                Arguments.of(List.of("train", "--in", WORKED, "--steps", "-3"),
                        "error: train: --steps must be a whole number of at least 1, found -3"),
                Arguments.of(List.of("train", "--in", WORKED, "--steps", "ten"),
                        "error: train: --steps must be a whole number of at least 1, found 'ten'"),
                Arguments.of(List.of("train", "--in", WORKED, "--steps", "1.5"),
                        "error: train: --steps must be a whole number of at least 1, found '1.5'"),
                Arguments.of(List.of("train", "--in", WORKED, "--steps"), "error: train: option '--steps' needs a value"),
                Arguments.of(List.of("train", "--in", WORKED, "--stpes", "3"),
                        "error: train: unknown option '--stpes' (options are --in, --steps, --out)"),
                Arguments.of(List.of("train", "--in", WORKED, "--steps", "1", "extra"),
                        "error: train: unexpected argument 'extra' (options are --in, --steps, --out)"),
                Arguments.of(List.of("train", "--in", WORKED, "--in=" + WORKED, "--steps", "1"),
                        "error: train: option '--in' is given twice"),
                Arguments.of(List.of("grad", "--in", WORKED, "--steps", "1"),
                        "error: grad: unknown option '--steps' (options are --in, --out)"),
                Arguments.of(List.of("grad"), "error: grad: the option '--in' is required"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageMessages(List<String> args, String expected) throws IOException {
        List<String> withOut = new java.util.ArrayList<>(args);
        if (!args.isEmpty() && !args.get(args.size() - 1).equals("--steps") && !args.contains("extra")) {
            withOut.add("--out=" + out);
        }
        assertEquals(expected, CliRun.of(withOut.toArray(String[]::new)).failsWith(2));
        outputUntouched();
    }

    static Stream<Arguments> badFiles() {
        String valid;
        try {
            valid = Files.readString(Path.of(WORKED));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Stream.of(
                Arguments.of("truncated", valid.substring(0, valid.indexOf("\"loss\"")), "$.network",
                        "line 27, column 3: the JSON ends too early"),
                Arguments.of("not-json", "weights: 0.15, 0.20", "$", "not valid JSON"),
                Arguments.of("empty", "", "$", "the file is empty"),
                Arguments.of("wrong-format", valid.replace("backprop-studio/experiment", "other/thing"), "$.format", "not a Backprop Studio"),
                Arguments.of("version", valid.replace("\"version\": 1", "\"version\": 7"), "$.version", "version 7 is not supported"),
                Arguments.of("activation", valid.replace("\"activation\": \"sigmoid\",\n        \"weights\": [\n          [0.40",
                        "\"activation\": \"sigmoidd\",\n        \"weights\": [\n          [0.40"),
                        "$.network.layers[1].activation", "unknown activation 'sigmoidd'"),
                Arguments.of("shape", valid.replace("[0.25, 0.30]", "[0.25, 0.30, 0.1]"), "$.network.layers[0].weights[1]", "expected 2 weights"),
                Arguments.of("infinite", valid.replace("\"learningRate\": 0.5", "\"learningRate\": 1e400"), "$.optimizer.learningRate", "finite"),
                Arguments.of("typo", valid.replace("\"learningRate\"", "\"learningrate\""), "$.optimizer.learningrate", "did you mean"),
                Arguments.of("batch", valid.replace("\"batchSize\": 1", "\"batchSize\": 0"), "$.training.batchSize", "found 0"),
                Arguments.of("sample", valid.replace("\"x\": [0.05, 0.10]", "\"x\": [0.05]"), "$.data.train[0].x", "expected 2 input values"),
                Arguments.of("no-train", valid.replace("{ \"x\": [0.05, 0.10], \"y\": [0.01, 0.99] }", ""), "$.data.train",
                        "there are no training samples"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFilesExitWithTwoAndLeaveTheOutputAlone(String name, String text, String path, String fragment) throws IOException {
        Path in = input(name + ".json", text);
        for (String[] args : List.of(new String[] {"train", "--in", in.toString(), "--steps", "3", "--out", out.toString()},
                new String[] {"grad", "--in", in.toString(), "--out", out.toString()})) {
            CliRun r = CliRun.of(args);
            String line = r.failsWith(2);
            assertTrue(line.startsWith("error: " + in + ": " + path + ": "), line);
            assertTrue(line.contains(fragment), line);
            assertEquals("", r.out());
            outputUntouched();
        }
    }

    @Test
    void aMissingInputFileIsNamed() throws IOException {
        Path missing = dir.resolve("absent.json");
        String line = CliRun.of("train", "--in", missing.toString(), "--steps", "1", "--out", out.toString()).failsWith(2);
        assertEquals("error: " + missing + ": the file does not exist", line);
        outputUntouched();
    }

    @Test
    void anOutputThatIsAFolderOrInAMissingFolderIsRefusedBeforeWork() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        String line = CliRun.of("train", "--in", WORKED, "--steps", "1", "--out", folder.toString()).failsWith(2);
        assertEquals("error: " + folder + ": this is a folder; --out needs a file", line);
        Path nowhere = dir.resolve("no/such/place.json");
        line = CliRun.of("grad", "--in", WORKED, "--out", nowhere.toString()).failsWith(2);
        assertTrue(line.startsWith("error: " + nowhere + ": cannot write here, the folder "), line);
        assertTrue(Files.isDirectory(folder));
        assertFalse(Files.exists(nowhere.getParent()));
    }

    @Test
    void aWriteFailureIsOneErrorLineWithStatusOne() throws IOException {
        // a name too long for the file system: the folder exists, so only the write itself fails
        Path tooLong = dir.resolve("x".repeat(300) + ".json");
        CliRun r = CliRun.of("train", "--in", WORKED, "--steps", "1", "--out", tooLong.toString());
        String line = r.failsWith(1);
        assertEquals("error: " + tooLong + ": cannot write the file (File name too long)", line);
        outputUntouched();
    }

    @Test
    void benchIsACommand() {
        assertTrue(Cli.isCommand("bench"));
        assertTrue(Cli.isCommand("train"));
        assertTrue(Cli.isCommand("grad"));
        assertTrue(Cli.isCommand("surface"));
        assertTrue(Cli.isCommand("render"));
        assertFalse(Cli.isCommand("draw"));
    }
}
