package org.backpropstudio.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Writes figures for slides: a PNG still or an animated GIF, from packed ARGB pixels (as the
 * app's views draw them), written atomically like experiment files.
 */
public final class ImageFiles {
    private ImageFiles() {
    }

    /** One image: {@code width * height} ARGB pixels, row by row. */
    public record Frame(int width, int height, int[] argb) {
        public Frame {
            if (width < 1 || height < 1 || argb.length != width * height) {
                throw new IllegalArgumentException("a frame of " + width + "x" + height + " needs "
                        + (long) width * height + " pixels, got " + argb.length);
            }
        }

        BufferedImage toImage() {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, width, height, argb, 0, width);
            return img;
        }
    }

    /** Writes a PNG. */
    public static void writePng(Path file, Frame frame) throws IOException {
        writeAtomically(file, out -> {
            if (!ImageIO.write(frame.toImage(), "png", out)) {
                throw new IOException("this Java runtime cannot write PNG files");
            }
        });
    }

    /**
     * Writes an animated GIF that loops forever (see {@link AnimatedGif}: a frame equal to the one
     * before only lengthens it, and only the changed part of a frame is stored).
     *
     * @param delaysMs how long each frame stays, in milliseconds (GIF keeps hundredths of a second)
     */
    public static void writeGif(Path file, List<Frame> frames, List<Integer> delaysMs) throws IOException {
        if (frames.isEmpty() || frames.size() != delaysMs.size()) {
            throw new IllegalArgumentException("one delay per frame, and at least one frame");
        }
        try (AnimatedGif gif = new AnimatedGif()) {
            for (int i = 0; i < frames.size(); i++) {
                gif.add(frames.get(i), delaysMs.get(i));
            }
            gif.write(file);
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Encodes in memory (figures are small), then hands the bytes to {@link AtomicFile}. */
    private static void writeAtomically(Path file, Writer w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        w.write(bytes);
        AtomicFile.write(file, bytes.toByteArray());
    }
}
