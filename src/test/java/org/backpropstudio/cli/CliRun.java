package org.backpropstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of {@link Cli#run} with its exit status and both streams captured. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            status = Cli.run(args, out, err);
        }
        return new CliRun(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Asserts a failure with the given status and exactly one {@code error:} line, and returns that line. */
    String failsWith(int expectedStatus) {
        assertEquals(expectedStatus, status, () -> "status; stderr was: " + err);
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.endsWith("\n"), err);
        assertEquals(1, err.split("\n", -1).length - 1, () -> "exactly one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "no stack trace: " + err);
        return err.substring(0, err.length() - 1);
    }

    /** Asserts success with nothing on standard error. */
    CliRun succeeds() {
        assertEquals(0, status, () -> "stderr was: " + err);
        assertEquals("", err);
        return this;
    }
}
