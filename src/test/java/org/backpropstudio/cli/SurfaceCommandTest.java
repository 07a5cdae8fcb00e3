package org.backpropstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurfaceCommandTest {
    private static final String WORKED = "assets/experiments/worked-example.json";

    @TempDir
    Path dir;

    @Test
    void theCentreOfTheGridIsTheLossAtTheFilesWeights() throws Exception {
        CliRun r = CliRun.of("surface", "--in", WORKED, "--x", "w:1:0:0", "--y", "b:0:1", "--grid", "5", "--span", "0.5").succeeds();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("w:1:0:0", j.get("x").asText());
        assertEquals("b:0:1", j.get("y").asText());
        assertEquals(5, j.get("xs").size());
        assertEquals(0.40 - 0.5, j.get("xs").get(0).asDouble(), 1e-15);
        assertEquals(0.40 + 0.5, j.get("xs").get(4).asDouble(), 1e-15);
        assertEquals(0.35, j.get("ys").get(2).asDouble(), 1e-15);
        JsonNode grad = new ObjectMapper().readTree(CliRun.of("grad", "--in", WORKED).succeeds().out());
        assertEquals(grad.get("loss").asDouble(), j.get("loss").get(2).get(2).asDouble(), 1e-15);
        // moving the output weight w5 up raises the error of output 0 (its target is 0.01)
        assertTrue(j.get("loss").get(2).get(4).asDouble() > j.get("loss").get(2).get(2).asDouble());
    }

    @Test
    void badArgumentsAreRefusedWithoutWritingAnything() throws Exception {
        Path out = dir.resolve("s.json");
        Files.writeString(out, "keep me");
        String[][] bad = {
            {"--x", "w:9:0:0", "--y", "b:0:0", "--grid", "5", "--span", "1"},
            {"--x", "w:0:0:0", "--y", "b:0:7", "--grid", "5", "--span", "1"},
            {"--x", "q:0:0", "--y", "b:0:0", "--grid", "5", "--span", "1"},
            {"--x", "w:0:0:0", "--y", "b:0:0", "--grid", "1", "--span", "1"},
            {"--x", "w:0:0:0", "--y", "b:0:0", "--grid", "5", "--span", "0"},
            {"--x", "w:0:0:0", "--y", "b:0:0", "--grid", "5", "--span", "NaN"},
            {"--x", "w:0:0:0", "--grid", "5", "--span", "1"},
        };
        for (String[] b : bad) {
            String[] args = new String[b.length + 5];
            args[0] = "surface";
            args[1] = "--in";
            args[2] = WORKED;
            System.arraycopy(b, 0, args, 3, b.length);
            args[b.length + 3] = "--out";
            args[b.length + 4] = out.toString();
            String line = CliRun.of(args).failsWith(2);
            assertFalse(line.isBlank());
            assertEquals("keep me", Files.readString(out));
        }
    }
}
