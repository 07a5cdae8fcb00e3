package org.backpropstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.backpropstudio.io.GifFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;

/**
 * {@code render}: bad input is refused before any work (status 2, one error line, no file), and
 * each view comes out as a picture of its size with something drawn on it, the same bytes every
 * time; GIFs loop and last as long as the animation they show.
 */
class RenderCommandTest {
    private static final String XOR = "assets/experiments/xor-tanh.json";
    private static final String LINE = "assets/experiments/line-bowl.json";
    private static final byte[] PRECIOUS = "not a picture".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit of the other UI tests, which render uses as it is
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of("--view", "network", "--out", "OUT.png"), "render: the option '--in' is required"),
                Arguments.of(List.of("--in", XOR, "--out", "OUT.png"), "render: the option '--view' is required"),
                Arguments.of(List.of("--in", XOR, "--view", "network"), "render: the option '--out' is required"),
                Arguments.of(List.of("--in", XOR, "--view", "weights", "--out", "OUT.png"),
                        "render: unknown view 'weights' (views: network, output, loss, bowl)"),
                Arguments.of(List.of("--in", XOR, "--view", "bowl", "--out", "OUT.png", "--x", "w:5:0:0", "--y", "b:0:0"),
                        "render: --x: 'w:5:0:0': layer 5 does not exist (the network has layers 0 to 1)"),
                Arguments.of(List.of("--in", XOR, "--view", "bowl", "--out", "OUT.png", "--x", "w:1:0:0", "--y", "weight"),
                        "render: --y: 'weight' is not a parameter name; use w:L:J:K or b:L:J"),
                Arguments.of(List.of("--in", XOR, "--view", "bowl", "--out", "OUT.png", "--x", "b:1:0", "--y", "b:1:0"),
                        "render: --y must name another parameter than --x, found 'b:1:0' twice"),
                Arguments.of(List.of("--in", XOR, "--view", "bowl", "--out", "OUT.png", "--x", "b:1:0"),
                        "render: --y is missing; the bowl takes both --x and --y, or neither"),
                Arguments.of(List.of("--in", XOR, "--view", "output", "--out", "OUT.png", "--x", "b:1:0", "--y", "b:0:0"),
                        "render: --x is for the bowl view only"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.jpg"),
                        "render: --out must name a .png or .gif file, found 'OUT.jpg'"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT"),
                        "render: --out must name a .png or .gif file, found 'OUT'"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--size", "3"),
                        "render: unknown option '--size' (options are --in, --view, --out, --steps, --width, --height, "
                                + "--scale, --phase, --fps, --lang, --x, --y)"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--phase", "middle"),
                        "render: unknown phase 'middle' (phases: forward, error, backward, update)"),
                Arguments.of(List.of("--in", XOR, "--view", "output", "--out", "OUT.png", "--phase", "forward"),
                        "render: --phase is for the network view only"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.gif", "--phase", "forward"),
                        "render: --phase chooses a still; a .gif shows every phase"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--fps", "10"),
                        "render: --fps is for a .gif only"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.gif", "--fps", "60"),
                        "render: --fps must be a number from 1 to 50, found '60'"),
                Arguments.of(List.of("--in", XOR, "--view", "loss", "--out", "OUT.gif"),
                        "render: a .gif of the loss view shows training; give --steps N (at least 1)"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--steps", "-1"),
                        "render: --steps must be a whole number from 0 to 10000000, found -1"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--width", "50"),
                        "render: --width must be a whole number from 100 to 4000, found 50"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--height", "tall"),
                        "render: --height must be a whole number from 100 to 4000, found 'tall'"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--scale", "0"),
                        "render: --scale must be a number from 0.5 to 4, found '0'"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--width", "3000", "--scale", "2"),
                        "render: the figure would be 6000x1400 pixels; --width and --height times --scale may be at most 4000"),
                Arguments.of(List.of("--in", XOR, "--view", "network", "--out", "OUT.png", "--lang", "fr"),
                        "render: unknown language 'fr' (languages: en, ko)"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsWriteNothing(List<String> args, String expected) throws IOException {
        List<String> full = new ArrayList<>(List.of("render"));
        for (String a : args) {
            full.add(a.replace("OUT", dir.resolve("figure").toString()));
        }
        String line = CliRun.of(full.toArray(String[]::new)).failsWith(2);
        assertEquals("error: " + expected.replace("OUT", dir.resolve("figure").toString()), line);
        assertEquals(List.of(), files(), "nothing written");
    }

    @Test
    void badFilesAreNamedAndLeaveTheOutputAlone() throws IOException {
        Path out = Files.write(dir.resolve("kept.png"), PRECIOUS);
        Path missing = dir.resolve("absent.json");
        String line = CliRun.of("render", "--in", missing.toString(), "--view", "network", "--out", out.toString()).failsWith(2);
        assertEquals("error: " + missing + ": the file does not exist", line);

        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"format\": ");
        line = CliRun.of("render", "--in", broken.toString(), "--view", "output", "--out", out.toString()).failsWith(2);
        assertTrue(line.startsWith("error: " + broken + ": $"), line);

        String xor = Files.readString(Path.of(XOR));
        int data = xor.indexOf("\"data\"");
        Path empty = Files.writeString(dir.resolve("empty.json"),
                xor.substring(0, data) + "\"data\": { \"train\": [], \"test\": [] }\n}\n");
        line = CliRun.of("render", "--in", empty.toString(), "--view", "loss", "--out", out.toString()).failsWith(2);
        assertTrue(line.startsWith("error: " + empty + ": $.data.train: there are no training samples; render needs"), line);

        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        line = CliRun.of("render", "--in", XOR, "--view", "network", "--out", folder.toString()).failsWith(2);
        assertEquals("error: " + folder + ": this is a folder; --out needs a file", line);

        assertArrayEquals(PRECIOUS, Files.readAllBytes(out));
        assertEquals(List.of("broken.json", "empty.json", "folder.png", "kept.png"), files(), "no temporary file left");
    }

    @Test
    void eachViewIsAPictureOfItsSize() throws Exception {
        BufferedImage net = render("network.png", "--in", XOR, "--view", "network");
        assertEquals(620, net.getWidth());
        assertEquals(700, net.getHeight());
        assertDrawn(net, 300);

        BufferedImage output = render("output.png", "--in", XOR, "--view", "output", "--steps", "300");
        assertEquals(350, output.getWidth());
        assertEquals(440, output.getHeight());
        assertDrawn(output, 300); // a heat map: many shades

        BufferedImage loss = render("loss.png", "--in", XOR, "--view", "loss", "--steps", "200");
        assertEquals(360, loss.getWidth());
        assertEquals(240, loss.getHeight());
        assertDrawn(loss, 20);
        assertTrue(darkPixels(loss) > 300, "the loss curve and the axes are drawn: " + darkPixels(loss));

        BufferedImage line = render("line.png", "--in", LINE, "--view", "output", "--width", "200", "--height", "260",
                "--scale", "1.5");
        assertEquals(300, line.getWidth(), "the width times the scale");
        assertEquals(390, line.getHeight());
        assertDrawn(line, 20);
    }

    @Test
    void aLargerScaleDrawsLargerTextNotABlurredCopy() throws Exception {
        BufferedImage one = render("one.png", "--in", XOR, "--view", "loss", "--steps", "50");
        BufferedImage two = render("two.png", "--in", XOR, "--view", "loss", "--steps", "50", "--scale", "2");
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
        // drawn afresh at twice the size: about four times the dark (text and line) pixels ...
        double ratio = (double) darkPixels(two) / darkPixels(one);
        assertTrue(ratio > 2.5 && ratio < 6, "dark pixels grow with the area: " + ratio);
        // ... with edges as thin as before: the grey rim around text and lines grows only with the
        // length of the edges (x2), not the area (x4). An enlarged copy keeps the proportion of
        // rim to ink (nearest pixel) or raises it (smoothed); drawn afresh, it falls to about half.
        double rimOne = (double) greyPixels(one) / darkPixels(one);
        double rimTwo = (double) greyPixels(two) / darkPixels(two);
        assertTrue(rimTwo < 0.75 * rimOne, "sharp at scale 2: rim/ink " + rimTwo + " vs " + rimOne + " at scale 1");
    }

    @Test
    void thePhasesAreDifferentStills() throws Exception {
        int[] idle = pixels(render("idle.png", "--in", XOR, "--view", "network", "--width", "420", "--height", "480")).clone();
        Set<Integer> seen = new HashSet<>();
        seen.add(java.util.Arrays.hashCode(idle));
        for (String phase : List.of("forward", "error", "backward", "update")) {
            int[] px = pixels(render(phase + ".png", "--in", XOR, "--view", "network", "--width", "420", "--height", "480",
                    "--phase", phase));
            assertTrue(seen.add(java.util.Arrays.hashCode(px)), phase + " looks different from the others");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        CliRun.of("render", "--in", XOR, "--view", "output", "--steps", "100", "--out", a.toString()).succeeds();
        CliRun.of("render", "--in", XOR, "--view", "output", "--steps", "100", "--out", b.toString()).succeeds();
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        Path c = dir.resolve("c.gif");
        Path d = dir.resolve("d.gif");
        String[] gif = {"render", "--in", XOR, "--view", "network", "--width", "300", "--height", "340", "--fps", "4"};
        CliRun.of(concat(gif, "--out", c.toString())).succeeds();
        CliRun.of(concat(gif, "--out", d.toString())).succeeds();
        assertArrayEquals(Files.readAllBytes(c), Files.readAllBytes(d));
    }

    @Test
    void theNetworkGifPlaysOneStepPhaseByPhaseAndLoops() throws Exception {
        Path out = dir.resolve("step.gif");
        CliRun r = CliRun.of("render", "--in", XOR, "--view", "network", "--width", "400", "--height", "460", "--fps", "5",
                "--out", out.toString()).succeeds();
        GifFile gif = GifFile.read(out);
        assertEquals(400, gif.width());
        assertEquals(460, gif.height());
        assertTrue(gif.loopsForever());
        // xor-tanh has 2 layers of weights: forward and backward take 2 x 0.7 s, error and update 1.4 s;
        // 1 s before the step, each phase's last frame (1/5 s) and a 1 s hold after each phase
        int expectedCs = 100 + 4 * (140 + 20 + 100);
        assertEquals(expectedCs, gif.delaysCs().stream().mapToInt(Integer::intValue).sum());
        // 1 + 4 x (1.4 s x 5 fps + 1) frames drawn
        assertTrue(r.out().startsWith(out + ": 400x460, 33 frames ("), r.out());
        assertTrue(r.out().endsWith(", 11.4 s per loop\n"), r.out());
        assertTrue(gif.parts().size() > 20, "most frames differ: " + gif.parts().size());
        List<int[]> shown = gif.composited();
        assertFalse(java.util.Arrays.equals(shown.get(0), shown.get(shown.size() - 1)), "the weights moved");
    }

    @Test
    void anOutputGifShowsTraining() throws Exception {
        Path out = dir.resolve("progress.gif");
        CliRun r = CliRun.of("render", "--in", XOR, "--view", "output", "--steps", "400", "--fps", "10", "--width", "240",
                "--height", "300", "--out", out.toString()).succeeds();
        GifFile gif = GifFile.read(out);
        assertTrue(gif.loopsForever());
        // step 0 and 50 more pictures, 1/10 s each, the last held 2 s more
        assertEquals(51 * 10 + 200, gif.delaysCs().stream().mapToInt(Integer::intValue).sum());
        assertTrue(r.out().startsWith(out + ": 240x300, 51 frames ("), r.out());
        List<int[]> shown = gif.composited();
        assertNotEquals(java.util.Arrays.hashCode(shown.get(0)), java.util.Arrays.hashCode(shown.get(shown.size() - 1)));
    }

    @Test
    void theBowlIsBothViewsOfTheTrainingPathTheSameEveryTime() throws Exception {
        String[] args = {"--in", LINE, "--view", "bowl", "--steps", "40", "--width", "900", "--height", "480"};
        BufferedImage a = render("bowl-a.png", args);
        assertEquals(900, a.getWidth());
        assertEquals(480, a.getHeight());
        assertDrawn(a, 300); // two shaded height fields
        BufferedImage b = render("bowl-b.png", args);
        assertArrayEquals(pixels(a), pixels(b), "the same picture every time");
        assertArrayEquals(Files.readAllBytes(dir.resolve("bowl-a.png")), Files.readAllBytes(dir.resolve("bowl-b.png")));
        // the training path: without steps it is one point, so the pictures differ
        BufferedImage still = render("bowl-0.png", "--in", LINE, "--view", "bowl", "--width", "900", "--height", "480");
        assertFalse(java.util.Arrays.equals(pixels(a), pixels(still)), "40 steps of training show");
        // the axes as asked: the other pair of the XOR network draws another surface
        BufferedImage one = render("x1.png", "--in", XOR, "--view", "bowl", "--x", "w:1:0:0", "--y", "w:1:0:1", "--width", "600",
                "--height", "360");
        BufferedImage two = render("x2.png", "--in", XOR, "--view", "bowl", "--x", "w:0:0:0", "--y", "b:0:1", "--width", "600",
                "--height", "360");
        assertFalse(java.util.Arrays.equals(pixels(one), pixels(two)));
    }

    @Test
    void aBowlGifShowsThePathGrowing() throws Exception {
        Path out = dir.resolve("bowl.gif");
        CliRun r = CliRun.of("render", "--in", LINE, "--view", "bowl", "--steps", "20", "--fps", "10", "--width", "500",
                "--height", "300", "--out", out.toString()).succeeds();
        GifFile gif = GifFile.read(out);
        assertTrue(gif.loopsForever());
        // step 0 and a picture after each of the 20 steps, 1/10 s each, the last held 2 s more
        assertEquals(21 * 10 + 200, gif.delaysCs().stream().mapToInt(Integer::intValue).sum());
        assertTrue(r.out().startsWith(out + ": 500x300, 21 frames ("), r.out());
        List<int[]> shown = gif.composited();
        assertFalse(java.util.Arrays.equals(shown.get(0), shown.get(shown.size() - 1)), "the path grew");
    }

    private BufferedImage render(String name, String... args) throws IOException {
        Path out = dir.resolve(name);
        CliRun r = CliRun.of(concat(concat(new String[] {"render"}, args), "--out", out.toString())).succeeds();
        BufferedImage img = ImageIO.read(out.toFile());
        assertTrue(r.out().startsWith(out + ": " + img.getWidth() + "x" + img.getHeight()), r.out());
        return img;
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** Not blank: many colours, and much of the picture away from its most common (background) colour. */
    private static void assertDrawn(BufferedImage img, int minColours) {
        int[] px = pixels(img);
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int p : px) {
            counts.merge(p, 1, Integer::sum);
        }
        int background = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(counts.size() >= minColours, "colours: " + counts.size());
        assertTrue(px.length - background > px.length / 20, "drawn pixels: " + (px.length - background) + " of " + px.length);
    }

    /** Pixels between ink and paper: the antialiased rim of text and lines. */
    private static int greyPixels(BufferedImage img) {
        int n = 0;
        for (int p : pixels(img)) {
            int sum = (p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF);
            n += sum >= 3 * 90 && sum < 3 * 200 ? 1 : 0;
        }
        return n;
    }

    private static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int p : pixels(img)) {
            int r = p >> 16 & 0xFF;
            int g = p >> 8 & 0xFF;
            int b = p & 0xFF;
            n += r + g + b < 3 * 90 ? 1 : 0;
        }
        return n;
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
