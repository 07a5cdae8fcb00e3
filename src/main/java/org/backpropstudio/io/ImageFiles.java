package org.backpropstudio.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

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
     * Writes an animated GIF that loops forever.
     *
     * @param delaysMs how long each frame stays, in milliseconds (GIF keeps hundredths of a second)
     */
    public static void writeGif(Path file, List<Frame> frames, List<Integer> delaysMs) throws IOException {
        if (frames.isEmpty() || frames.size() != delaysMs.size()) {
            throw new IllegalArgumentException("one delay per frame, and at least one frame");
        }
        writeAtomically(file, out -> {
            Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
            if (!it.hasNext()) {
                throw new IOException("this Java runtime cannot write GIF files");
            }
            ImageWriter writer = it.next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.prepareWriteSequence(null);
                for (int i = 0; i < frames.size(); i++) {
                    BufferedImage img = frames.get(i).toImage();
                    IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
                    configure(meta, delaysMs.get(i), i == 0);
                    writer.writeToSequence(new IIOImage(img, null, meta), null);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    private static void configure(IIOMetadata meta, int delayMs, boolean first) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(1, Math.round(delayMs / 10f))));
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
