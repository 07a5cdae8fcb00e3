package org.backpropstudio.io;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A GIF read back with the JDK's reader: each stored part, where it goes, how long it stays. */
public record GifFile(List<BufferedImage> parts, List<int[]> bounds, List<Integer> delaysCs, boolean loopsForever, int width,
                      int height) {
    public static GifFile read(Path f) throws Exception {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(f.toFile())) {
            javax.imageio.ImageReader r = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            List<BufferedImage> parts = new ArrayList<>();
            List<int[]> bounds = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < n; i++) {
                parts.add(r.read(i));
                javax.imageio.metadata.IIOMetadataNode root = (javax.imageio.metadata.IIOMetadataNode)
                        r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                javax.imageio.metadata.IIOMetadataNode d = (javax.imageio.metadata.IIOMetadataNode)
                        root.getElementsByTagName("ImageDescriptor").item(0);
                bounds.add(new int[] {Integer.parseInt(d.getAttribute("imageLeftPosition")),
                        Integer.parseInt(d.getAttribute("imageTopPosition")),
                        Integer.parseInt(d.getAttribute("imageWidth")), Integer.parseInt(d.getAttribute("imageHeight"))});
                javax.imageio.metadata.IIOMetadataNode g = (javax.imageio.metadata.IIOMetadataNode)
                        root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(g.getAttribute("delayTime")));
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int k = 0; k < apps.getLength(); k++) {
                    javax.imageio.metadata.IIOMetadataNode app = (javax.imageio.metadata.IIOMetadataNode) apps.item(k);
                    byte[] data = (byte[]) app.getUserObject();
                    if ("NETSCAPE".equals(app.getAttribute("applicationID")) && data.length == 3 && data[0] == 1
                            && data[1] == 0 && data[2] == 0) {
                        loops = true;
                    }
                }
            }
            javax.imageio.metadata.IIOMetadataNode stream = (javax.imageio.metadata.IIOMetadataNode)
                    r.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            javax.imageio.metadata.IIOMetadataNode screen = (javax.imageio.metadata.IIOMetadataNode)
                    stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            return new GifFile(parts, bounds, delays, loops,
                    Integer.parseInt(screen.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(screen.getAttribute("logicalScreenHeight")));
        }
    }

    /** The picture on screen after each stored part (disposal "none": parts are drawn over the last picture). */
    public List<int[]> composited() {
        List<int[]> out = new ArrayList<>();
        int[] screen = new int[width * height];
        for (int i = 0; i < parts.size(); i++) {
            BufferedImage p = parts.get(i);
            int[] b = bounds.get(i);
            for (int y = 0; y < b[3]; y++) {
                for (int x = 0; x < b[2]; x++) {
                    screen[(b[1] + y) * width + b[0] + x] = p.getRGB(x, y);
                }
            }
            out.add(screen.clone());
        }
        return out;
    }
}
