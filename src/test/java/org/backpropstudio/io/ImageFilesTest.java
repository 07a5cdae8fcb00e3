package org.backpropstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {
    @TempDir
    Path dir;

    private static ImageFiles.Frame solid(int w, int h, int argb) {
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, argb);
        return new ImageFiles.Frame(w, h, px);
    }

    @Test
    void aPngKeepsItsPixels() throws Exception {
        int[] px = {0xFF1F6FB5, 0xFFE66100, 0xFFFFFFFF, 0xFF000000, 0xFF808080, 0xFF00FF00};
        Path f = dir.resolve("still.png");
        ImageFiles.writePng(f, new ImageFiles.Frame(3, 2, px));
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(3, img.getWidth());
        assertEquals(2, img.getHeight());
        for (int i = 0; i < px.length; i++) {
            assertEquals(px[i], img.getRGB(i % 3, i / 3));
        }
    }

    @Test
    void aGifHasEveryFrame() throws Exception {
        Path f = dir.resolve("anim.gif");
        ImageFiles.writeGif(f, List.of(solid(8, 6, 0xFF1F6FB5), solid(8, 6, 0xFFE66100), solid(8, 6, 0xFFFFFFFF)),
                List.of(100, 100, 500));
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            Iterator<ImageReader> it = ImageIO.getImageReaders(in);
            ImageReader r = it.next();
            r.setInput(in);
            assertEquals(3, r.getNumImages(true));
            assertEquals(0xFFE66100, r.read(1).getRGB(4, 3));
        }
    }

    @Test
    void framesMustHaveTheirSize() {
        assertThrows(IllegalArgumentException.class, () -> new ImageFiles.Frame(2, 2, new int[3]));
    }
}
