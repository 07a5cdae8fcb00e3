package org.backpropstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming GIF: what a viewer shows, frame after frame, is what was added, in the time it was added for. */
class AnimatedGifTest {
    @TempDir
    Path dir;

    private static final int W = 40;
    private static final int H = 30;

    private static ImageFiles.Frame frame(int background) {
        int[] px = new int[W * H];
        Arrays.fill(px, background);
        return new ImageFiles.Frame(W, H, px);
    }

    /** A copy of {@code f} with a w x h block at (x, y) in colour c. */
    private static ImageFiles.Frame block(ImageFiles.Frame f, int x, int y, int w, int h, int c) {
        int[] px = f.argb().clone();
        for (int r = y; r < y + h; r++) {
            Arrays.fill(px, r * W + x, r * W + x + w, c);
        }
        return new ImageFiles.Frame(W, H, px);
    }

    @Test
    void aViewerShowsEveryDifferentFrameForItsTime() throws Exception {
        ImageFiles.Frame a = frame(0xFFFAFAFA);
        ImageFiles.Frame b = block(a, 5, 6, 4, 3, 0xFF0072B2);
        ImageFiles.Frame c = block(b, 30, 20, 6, 8, 0xFFE66100);
        Path f = dir.resolve("anim.gif");
        try (AnimatedGif gif = new AnimatedGif()) {
            gif.add(a, 500);
            gif.add(b, 50);
            gif.add(b, 50); // the same picture: b stays 100 ms
            gif.add(c, 1000);
            assertEquals(4, gif.frameCount());
            assertEquals(3, gif.storedCount());
            gif.write(f);
        }
        GifFile read = GifFile.read(f);
        assertEquals(List.of(50, 10, 100), read.delaysCs(), "hundredths of a second");
        assertEquals(true, read.loopsForever());
        // the stored parts are the changed rectangles, drawn over what is shown
        assertArrayEquals(new int[] {0, 0, W, H}, read.bounds().get(0));
        assertArrayEquals(new int[] {5, 6, 4, 3}, read.bounds().get(1));
        assertArrayEquals(new int[] {30, 20, 6, 8}, read.bounds().get(2));
        List<int[]> shown = read.composited();
        assertArrayEquals(a.argb(), shown.get(0));
        assertArrayEquals(b.argb(), shown.get(1));
        assertArrayEquals(c.argb(), shown.get(2));
    }

    @Test
    void shortFramesKeepTheOverallTiming() throws Exception {
        Path f = dir.resolve("fps.gif");
        try (AnimatedGif gif = new AnimatedGif()) {
            ImageFiles.Frame x = frame(0xFF000000);
            for (int i = 0; i < 30; i++) {
                x = block(x, i, 0, 1, 1, 0xFFFFFFFF);
                gif.add(x, 1000.0 / 30); // 33.3 ms: GIF can only say 3 or 4 hundredths
            }
            gif.write(f);
        }
        List<Integer> delays = GifFile.read(f).delaysCs();
        assertEquals(30, delays.size());
        assertEquals(100, delays.stream().mapToInt(Integer::intValue).sum(), "30 frames at 30 fps last one second");
        assertEquals(List.of(3, 4), delays.stream().distinct().sorted().toList());
    }

    @Test
    void theChangedRectangleIsTight() {
        int[] a = new int[W * H];
        int[] b = a.clone();
        assertNull(AnimatedGif.changed(a, b, W, H));
        b[7 * W + 3] = 0xFF123456;
        b[9 * W + 11] = 0xFF123456;
        assertArrayEquals(new int[] {3, 7, 12, 10}, AnimatedGif.changed(a, b, W, H));
        int[] alphaOnly = a.clone();
        alphaOnly[0] = 0xFF000000; // a GIF has no alpha: only colour counts
        assertNull(AnimatedGif.changed(a, alphaOnly, W, H));
    }

    @Test
    void framesKeepTheFirstSizeAndAnAnimationNeedsOne() throws Exception {
        try (AnimatedGif gif = new AnimatedGif()) {
            gif.add(frame(0xFF000000), 100);
            assertThrows(IllegalArgumentException.class, () -> gif.add(new ImageFiles.Frame(2, 2, new int[4]), 100));
            assertThrows(IllegalArgumentException.class, () -> gif.add(frame(0xFFFFFFFF), 0));
        }
        try (AnimatedGif empty = new AnimatedGif()) {
            assertThrows(IllegalStateException.class, empty::finish);
        }
    }
}
