package org.backpropstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripted run, driven frame by frame without the toolkit: it quits on time and writes its figures. */
class KioskRunTest {

    @Test
    void writesTheFrameStatisticsAndQuitsAfterTheGivenTime(@TempDir Path dir) throws Exception {
        AtomicLong clock = new AtomicLong();
        TrainingSession[] session = new TrainingSession[1];
        StudioModel model = new StudioModel((f, t) -> session[0] = TrainingSession.manual(f, t, clock::get));
        FrameLoop loop = new FrameLoop();
        AtomicInteger quits = new AtomicInteger();
        Path file = dir.resolve("fs.json");
        KioskRun run = new KioskRun(model, loop.stats(), 3, file, quits::incrementAndGet);
        loop.add((now, elapsed) -> model.pull());
        loop.add(run);
        model.play();
        long frameNanos = 20_000_000;
        for (int i = 0; i <= 200 && quits.get() == 0; i++) {
            clock.addAndGet(frameNanos);
            session[0].tick();
            loop.frame(i * frameNanos + (i >= 10 ? 150_000_000L : 0)); // frame 10 comes 150 ms late
            loop.stats().work(i == 5 ? 90 : 6); // the FX thread's work on it: frame 5 (start-up) was heavy
        }
        assertEquals(1, quits.get(), "quits once");
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(144, json.get("frames").asLong(), "143 intervals make 3 s: 142 of 20 ms and one of 170 ms");
        assertEquals(20, json.get("medianFrameMs").asDouble(), 1e-6);
        assertEquals(170, json.get("maxStallMs").asDouble(), 1e-6, "the late frame");
        assertTrue(json.get("stepsPerSecond").asDouble() > 0);
        assertEquals(20, json.get("afterStartup").get("maxStallMs").asDouble(), 1e-6, "start-up left out");
        assertEquals(6, json.get("fxWorkMedianMs").asDouble(), 1e-6);
        assertEquals(6, json.get("afterStartup").get("fxWorkP99Ms").asDouble(), 1e-6, "the heavy start-up frame left out");
        assertTrue(json.get("afterStartup").get("stepsPerSecond").asDouble() > 0);
        assertNull(json.get("bowlRefreshesPerSecond"), "only when the bowl window is open");
        run.finish();
        assertEquals(json, new ObjectMapper().readTree(Files.readString(file)), "written once");
        model.close();
    }

    @Test
    void reportsTheBowlsRefreshRateWhenAsked(@TempDir Path dir) throws Exception {
        AtomicLong clock = new AtomicLong();
        StudioModel model = new StudioModel((f, t) -> TrainingSession.manual(f, t, clock::get));
        Path file = dir.resolve("fs.json");
        KioskRun run = new KioskRun(model, new org.backpropstudio.ui.fx.FrameStats(), 0, file, () -> { });
        run.reportBowl(() -> 7.25);
        run.finish();
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(7.3, json.get("bowlRefreshesPerSecond").asDouble(), 1e-9, "one decimal");
        model.close();
    }
}
