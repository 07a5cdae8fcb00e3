package org.backpropstudio.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF that loops forever, built one frame at a time and then written atomically, so
 * a long animation never holds all its frames in memory (only the encoded bytes, which are small).
 *
 * <p>Only what changed is stored: a frame equal to the one before just makes that one stay
 * longer, and any other frame after the first is stored as the smallest rectangle holding every
 * pixel that differs from the picture shown so far (drawn over it: disposal "none"). Delays are
 * rounded to the GIF's hundredths of a second on the running total, so many short frames keep
 * the animation's overall timing.
 *
 * <p>Each stored rectangle gets its own palette: its exact colours when it has at most 256, else
 * 256 chosen by the Java runtime's GIF writer; pixels that did not change keep the colours they
 * were shown with.
 */
public final class AnimatedGif implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private int width;
    private int height;
    /** The picture after every frame added so far, in the frames' own colours; null before the first. */
    private int[] shown;
    /** The newest frame's stored part: written once the next different frame (or the end) fixes its delay. */
    private Part pending;
    private int stored;
    private long frames;
    /** Milliseconds up to the end of the pending part, and hundredths of a second already written. */
    private double elapsedMs;
    private long writtenCs;
    private boolean finished;

    private record Part(BufferedImage image, int x, int y) {
    }

    public AnimatedGif() throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) {
            throw new IOException("this Java runtime cannot write GIF files");
        }
        writer = it.next();
        out = ImageIO.createImageOutputStream(bytes);
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /**
     * Adds a frame shown for {@code delayMs} milliseconds. Every frame must have the size of the
     * first.
     */
    public void add(ImageFiles.Frame frame, double delayMs) throws IOException {
        if (finished) {
            throw new IllegalStateException("the animation is already written");
        }
        if (!(delayMs > 0) || !Double.isFinite(delayMs)) {
            throw new IllegalArgumentException("a frame's delay must be a positive number of milliseconds, got " + delayMs);
        }
        frames++;
        int[] px = frame.argb();
        if (shown == null) {
            width = frame.width();
            height = frame.height();
            shown = px.clone();
            pending = new Part(image(px, width, 0, 0, width, height), 0, 0);
            elapsedMs = delayMs;
            return;
        }
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("every frame needs the first frame's size " + width + "x" + height
                    + ", got " + frame.width() + "x" + frame.height());
        }
        int[] box = changed(shown, px, width, height);
        if (box == null) {
            elapsedMs += delayMs; // the same picture: the frame before stays longer
            return;
        }
        flush();
        int x0 = box[0];
        int y0 = box[1];
        int w = box[2] - x0;
        int h = box[3] - y0;
        for (int y = y0; y < y0 + h; y++) {
            System.arraycopy(px, y * width + x0, shown, y * width + x0, w);
        }
        pending = new Part(image(px, width, x0, y0, w, h), x0, y0);
        elapsedMs += delayMs;
    }

    /** Frames added so far. */
    public long frameCount() {
        return frames;
    }

    /** Pictures stored so far or pending (frames equal to the one before are not stored again). */
    public int storedCount() {
        return stored + (pending != null ? 1 : 0);
    }

    /** Finishes the animation and writes it to {@code file} atomically (see {@link AtomicFile}). */
    public void write(Path file) throws IOException {
        AtomicFile.write(file, finish());
    }

    /** Finishes the animation and returns the file's bytes. */
    public byte[] finish() throws IOException {
        if (!finished) {
            if (pending == null) {
                throw new IllegalStateException("an animation needs at least one frame");
            }
            flush();
            writer.endWriteSequence();
            out.flush();
            finished = true;
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            writer.dispose();
        }
    }

    /** Writes the pending part with its delay, which is final now. */
    private void flush() throws IOException {
        if (pending == null) {
            return;
        }
        long endCs = Math.round(elapsedMs / 10);
        int delayCs = (int) Math.max(1, Math.min(65535, endCs - writtenCs));
        writtenCs += delayCs;
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pending.image()), null);
        configure(meta, delayCs, pending.x(), pending.y(), stored == 0);
        writer.writeToSequence(new IIOImage(pending.image(), null, meta), null);
        stored++;
        pending = null;
    }

    /** The bounds {x0, y0, x1, y1} (end exclusive) of the pixels where {@code a} and {@code b} differ, or null. */
    static int[] changed(int[] a, int[] b, int width, int height) {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = -1;
            for (int x = 0; x < width; x++) {
                if (((a[row + x] ^ b[row + x]) & 0xFFFFFF) != 0) {
                    first = x;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            int last = first;
            for (int x = width - 1; x > first; x--) {
                if (((a[row + x] ^ b[row + x]) & 0xFFFFFF) != 0) {
                    last = x;
                    break;
                }
            }
            x0 = Math.min(x0, first);
            x1 = Math.max(x1, last);
            y0 = Math.min(y0, y);
            y1 = y;
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
    }

    /**
     * The rectangle as an image for the GIF writer: with its exact colours when it has at most
     * 256 (most frames of a figure: lines and text on a plain background), which is also much
     * faster to write; else in full colour, which the writer reduces to 256 itself.
     */
    static BufferedImage image(int[] px, int stride, int x0, int y0, int w, int h) {
        java.util.HashMap<Integer, Integer> index = new java.util.HashMap<>();
        byte[] indexed = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = (y0 + y) * stride + x0;
            for (int x = 0; x < w; x++) {
                int rgb = px[row + x] & 0xFFFFFF;
                Integer i = index.get(rgb);
                if (i == null) {
                    if (index.size() == 256) {
                        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                        img.setRGB(0, 0, w, h, px, y0 * stride + x0, stride);
                        return img;
                    }
                    i = index.size();
                    index.put(rgb, i);
                }
                indexed[y * w + x] = (byte) (int) i;
            }
        }
        int n = index.size();
        int bits = 1;
        while (1 << bits < n) {
            bits++;
        }
        int[] palette = new int[1 << bits];
        index.forEach((rgb, i) -> palette[i] = rgb);
        java.awt.image.IndexColorModel cm = new java.awt.image.IndexColorModel(8, palette.length, palette, 0, false, -1,
                java.awt.image.DataBuffer.TYPE_BYTE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, cm);
        img.getRaster().setDataElements(0, 0, w, h, indexed);
        return img;
    }

    private static void configure(IIOMetadata meta, int delayCs, int x, int y, boolean first) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        for (int i = root.getLength() - 1; i >= 0; i--) {
            if (root.item(i).getNodeName().equals("LocalColorTable")) {
                root.removeChild(root.item(i)); // the writer then takes the image's own colours (the default's copy comes out black)
            }
        }
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(y));
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCs));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // loop forever
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
