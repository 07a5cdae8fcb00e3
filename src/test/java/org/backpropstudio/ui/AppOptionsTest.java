package org.backpropstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.backpropstudio.Launcher;
import org.junit.jupiter.api.Test;

/** The app's arguments, checked before any window opens. */
class AppOptionsTest {

    private static AppOptions parse(String... args) throws AppOptions.BadArguments {
        return AppOptions.parse(List.of(args));
    }

    @Test
    void nothingOpensTheDefaultPreset() throws Exception {
        AppOptions o = parse();
        assertNull(o.file());
        assertEquals("circle", o.preset());
        assertFalse(o.autoplay());
        assertEquals(0, o.exitAfter());
        assertNull(o.frameStats());
        assertFalse(o.bowl());
    }

    @Test
    void bowlOpensTheBowlWindowOnThePlaneItNames() throws Exception {
        AppOptions plain = parse("--preset", "line-bowl", "--bowl");
        assertTrue(plain.bowl());
        assertNull(plain.bowlMode(), "the window chooses its plane");
        assertNull(parse().bowlMode());
        AppOptions random = parse("--bowl=random");
        assertTrue(random.bowl());
        assertEquals(org.backpropstudio.ui.bowl.BowlMode.RANDOM_DIRECTIONS, random.bowlMode());
        assertEquals(org.backpropstudio.ui.bowl.BowlMode.PRINCIPAL_DIRECTIONS, parse("--bowl=principal").bowlMode());
        assertEquals(org.backpropstudio.ui.bowl.BowlMode.PARAMETERS, parse("--bowl=parameters").bowlMode());
        var e = assertThrows(AppOptions.BadArguments.class, () -> parse("--bowl=yes"));
        assertEquals("unknown plane for --bowl: 'yes' (expected --bowl or --bowl=parameters, --bowl=random, --bowl=principal)",
                e.getMessage());
    }

    @Test
    void readsAFileOrAPresetAndTheKioskOptions() throws Exception {
        assertEquals(Path.of("lesson.json"), parse("lesson.json").file());
        AppOptions o = parse("--preset", "spiral-6x8", "--autoplay", "--exit-after=20", "--frame-stats", "/tmp/fs.json");
        assertEquals("spiral-6x8", o.preset());
        assertTrue(o.autoplay());
        assertEquals(20, o.exitAfter());
        assertEquals(Path.of("/tmp/fs.json"), o.frameStats());
        assertEquals("xor", parse("--preset=xor").preset());
    }

    @Test
    void refusesWhatItCannotDo() {
        var e = assertThrows(AppOptions.BadArguments.class, () -> parse("--preset", "nope"));
        assertEquals("unknown preset 'nope' (expected one of circle, xor, spiral-6x8, line-bowl)", e.getMessage());
        assertThrows(AppOptions.BadArguments.class, () -> parse("--preset"));
        assertThrows(AppOptions.BadArguments.class, () -> parse("--exit-after", "-3"));
        assertThrows(AppOptions.BadArguments.class, () -> parse("--exit-after", "soon"));
        assertThrows(AppOptions.BadArguments.class, () -> parse("--fullscreen"));
        assertThrows(AppOptions.BadArguments.class, () -> parse("a.json", "b.json"));
        assertThrows(AppOptions.BadArguments.class, () -> parse("a.json", "--preset", "xor"));
        assertThrows(AppOptions.BadArguments.class, () -> parse("--autoplay=yes"));
    }

    @Test
    void anUnknownPresetExitsWithStatus2BeforeAnyWindow() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--preset", "nope")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends by itself");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(2, p.exitValue());
        assertEquals("error: unknown preset 'nope' (expected one of circle, xor, spiral-6x8, line-bowl)", err);
    }

    @Test
    void withoutADisplayTheAppSaysSoInsteadOfAStackTrace() throws Exception {
        assertNull(StudioApp.missingDisplay("Linux", java.util.Map.of("DISPLAY", ":0"), null));
        assertNull(StudioApp.missingDisplay("Linux", java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertNull(StudioApp.missingDisplay("Linux", java.util.Map.of(), "Monocle"), "headless on purpose");
        assertNull(StudioApp.missingDisplay("Windows 11", java.util.Map.of(), null));
        String why = StudioApp.missingDisplay("Linux", java.util.Map.of("DISPLAY", " "), null);
        assertTrue(why != null && why.contains("DISPLAY") && why.contains("render"), why);

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--preset", "xor")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends by itself");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertEquals(2, p.exitValue());
            assertEquals("error: " + StudioApp.missingDisplay("Linux", java.util.Map.of(), null), err);
        }
    }
}
