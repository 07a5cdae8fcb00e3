package org.backpropstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Trainer;
import org.junit.jupiter.api.Test;

/** The bench command's output format and set-up (not its speed: benchmarks are never timed tests). */
class BenchCommandTest {

    @Test
    void printsOneFigurePerLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = BenchCommand.run(new String[] {"--quick"}, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("train.2-8-8-1", "update.2-8-8-1", "train.2-8x6-1", "update.2-8x6-1",
                "surface.9x9.2-8-8-1.layer0", "surface.9x9.2-8-8-1.layer1", "surface.9x9.2-8-8-1.layer2",
                "plane.9x9.2-8x6-1"),
                lines.stream().map(l -> l.split(" ")[0]).toList());
        for (String line : lines) {
            String[] parts = line.split(" ");
            assertEquals(3, parts.length, line);
            assertTrue(Double.parseDouble(parts[1]) > 0, line);
            assertTrue(parts[2].equals("samples/s") || parts[2].equals("updates/s") || parts[2].equals("ms"), line);
        }
    }

    @Test
    void refusesUnknownOptions() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = BenchCommand.run(new String[] {"--fast"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(errors.toString(StandardCharsets.UTF_8).startsWith("error: "));
    }

    @Test
    void benchmarkSetUpMatchesTheIssue() {
        Dataset data = BenchCommand.dataset();
        assertEquals(500, data.size());
        assertEquals(2, data.inputs());
        Trainer deep = BenchCommand.Net.NET_2_8X6_1.trainer();
        assertEquals("2-8-8-8-8-8-8-1", deep.network().toString());
        assertEquals(10, deep.batchSize());
        assertEquals("2-8-8-1", BenchCommand.Net.NET_2_8_8_1.network().toString());
        // the same seed gives the same data and weights
        assertEquals(data, BenchCommand.dataset());
        assertTrue(java.util.Arrays.equals(deep.network().parameters(),
                BenchCommand.Net.NET_2_8X6_1.network().parameters()));
    }
}
