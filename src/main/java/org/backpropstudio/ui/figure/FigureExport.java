package org.backpropstudio.ui.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.io.AnimatedGif;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ImageFiles;

/**
 * Figures for slides, drawn by the studio's own views: a PNG still of a view, the animation of one
 * training step on the diagram (forward, error, backward, update, each held at its end) as a
 * looping GIF, or training progress of the output or loss view as a GIF. The {@code render}
 * command and the window's "Export figure" menu both come here.
 *
 * <p>{@link #write} draws off screen and must be called from a thread other than the FX
 * thread (it hands the FX thread one frame at a time and waits for it); {@link #capture} takes
 * a picture of a node on the FX thread.
 */
public final class FigureExport {
    /** Seconds the picture before the step stays at the start of the step animation. */
    public static final double START_HOLD_SECONDS = 1.0;
    /** Seconds the end of each phase stays. */
    public static final double PHASE_HOLD_SECONDS = 1.0;
    /** Seconds the last picture of a training-progress animation stays. */
    public static final double END_HOLD_SECONDS = 2.0;
    /** Pictures of a training-progress animation after its first (fewer when there are fewer steps). */
    public static final int PROGRESS_FRAMES = 50;
    public static final double DEFAULT_FPS = 20;
    public static final double MAX_FPS = 50;

    private FigureExport() {
    }

    /** The kinds of file written, by the file name's extension. */
    public enum Format {
        PNG, GIF;

        /** The format the file name asks for ({@code .png} or {@code .gif}, any case), or null. */
        public static Format of(Path file) {
            Path name = file.getFileName();
            String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".png") ? PNG : n.endsWith(".gif") ? GIF : null;
        }
    }

    /**
     * What to draw.
     *
     * @param width         the picture's width in pixels
     * @param height        the picture's height in pixels
     * @param steps         training steps to run first (0 for none); a progress GIF shows them
     * @param phase         for a still of the network view, the phase whose middle it shows, or null
     * @param fps           frames per second of a GIF
     * @param watchedSample the training sample whose numbers the diagram shows (0-based)
     * @param x             the bowl's first parameter, or null for the window's choice (bowl view only)
     * @param y             the bowl's second parameter, or null
     */
    public record Request(FigureView view, int width, int height, Look look, long steps, Phase phase, double fps,
                          int watchedSample, ParameterName x, ParameterName y) {
        /** A request without bowl parameters. */
        public Request(FigureView view, int width, int height, Look look, long steps, Phase phase, double fps,
                       int watchedSample) {
            this(view, width, height, look, steps, phase, fps, watchedSample, null, null);
        }

        public Request {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(look, "look");
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("a figure needs a size of at least 1 x 1, got " + width + " x " + height);
            }
            if (steps < 0 || watchedSample < 0) {
                throw new IllegalArgumentException("steps and the watched sample cannot be negative");
            }
            if (!(fps > 0 && fps <= MAX_FPS)) {
                throw new IllegalArgumentException("frames per second must be above 0 and at most " + MAX_FPS + ", got " + fps);
            }
            if (phase != null && view != FigureView.NETWORK) {
                throw new IllegalArgumentException("only the network view shows the phases of a step");
            }
            if ((x != null || y != null) && view != FigureView.BOWL) {
                throw new IllegalArgumentException("only the bowl view is drawn over two parameters");
            }
            if ((x == null) != (y == null) || x != null && x.equals(y)) {
                throw new IllegalArgumentException("the bowl needs two different parameters, or neither");
            }
        }
    }

    /**
     * What was written.
     *
     * @param frames     pictures drawn (1 for a PNG)
     * @param stored     pictures stored in the file (a GIF stores a repeated picture once)
     * @param seconds    length of one loop of a GIF (0 for a PNG)
     * @param divergedAt the step at which training diverged, or -1
     */
    public record Result(int width, int height, long frames, int stored, double seconds, long divergedAt) {
    }

    /**
     * Draws the figure of experiment {@code e} and writes it to {@code file} atomically, as a PNG
     * or a GIF by its extension. Not on the FX thread.
     */
    public static Result write(Experiment e, Request r, Path file) throws FigureException, IOException {
        Format format = Format.of(file);
        if (format == null) {
            throw new IllegalArgumentException(file + ": a figure is written as .png or .gif");
        }
        if (format == Format.GIF && r.phase() != null) {
            throw new IllegalArgumentException("a GIF shows every phase; a phase is chosen for a still only");
        }
        if (format == Format.GIF && !r.view().animatesStep() && r.steps() < 1) {
            throw new IllegalArgumentException("a GIF of the " + r.view().id() + " view shows training, which needs at least one step");
        }
        try (FigureStudio studio = FigureStudio.open(e, r.view(), r.look(), r.width(), r.height(), r.watchedSample(),
                r.x(), r.y())) {
            if (format == Format.PNG) {
                return still(studio, r, file);
            }
            return r.view().animatesStep() ? stepAnimation(studio, r, file) : progressAnimation(studio, r, file);
        }
    }

    private static Result still(FigureStudio studio, Request r, Path file) throws FigureException, IOException {
        trainFirst(studio, r.steps());
        ImageFiles.Frame frame;
        if (r.phase() == null) {
            frame = studio.capture();
        } else {
            for (Phase p : Phase.values()) {
                studio.nextPhase();
                if (p == r.phase()) {
                    break;
                }
            }
            frame = studio.advance(studio.phaseSeconds(r.phase()) / 2).frame();
        }
        ImageFiles.writePng(file, frame);
        return new Result(frame.width(), frame.height(), 1, 1, 0, studio.divergedAt());
    }

    /** The next step from the current weights, phase by phase, as the diagram plays it after Next phase. */
    private static Result stepAnimation(FigureStudio studio, Request r, Path file) throws FigureException, IOException {
        trainFirst(studio, r.steps());
        double frameMs = 1000 / r.fps();
        try (AnimatedGif gif = new AnimatedGif()) {
            ImageFiles.Frame first = studio.capture();
            gif.add(first, START_HOLD_SECONDS * 1000);
            double total = START_HOLD_SECONDS * 1000;
            for (int p = 0; p < Phase.values().length; p++) {
                studio.nextPhase();
                FigureStudio.Shot shot = studio.advance(0);
                while (true) {
                    double ms = shot.moving() ? frameMs : frameMs + PHASE_HOLD_SECONDS * 1000;
                    gif.add(shot.frame(), ms);
                    total += ms;
                    if (!shot.moving()) {
                        break;
                    }
                    shot = studio.advance(1 / r.fps());
                }
            }
            gif.write(file);
            return new Result(first.width(), first.height(), gif.frameCount(), gif.storedCount(), total / 1000,
                    studio.divergedAt());
        }
    }

    /** The view every few steps while training runs, the last picture held. */
    private static Result progressAnimation(FigureStudio studio, Request r, Path file) throws FigureException, IOException {
        long steps = r.steps();
        int pictures = (int) Math.min(steps, PROGRESS_FRAMES);
        long chunk = chunk(steps);
        double frameMs = 1000 / r.fps();
        try (AnimatedGif gif = new AnimatedGif()) {
            ImageFiles.Frame first = studio.capture();
            gif.add(first, frameMs);
            double total = frameMs;
            long done = 0;
            for (int i = 1; i <= pictures; i++) {
                long target = Math.round((double) steps * i / pictures);
                studio.train(target - done, chunk);
                done = target;
                studio.settle();
                double ms = i == pictures ? frameMs + END_HOLD_SECONDS * 1000 : frameMs;
                gif.add(studio.capture(), ms);
                total += ms;
            }
            gif.write(file);
            return new Result(first.width(), first.height(), gif.frameCount(), gif.storedCount(), total / 1000,
                    studio.divergedAt());
        }
    }

    private static void trainFirst(FigureStudio studio, long steps) throws FigureException {
        if (steps > 0) {
            studio.train(steps, chunk(steps));
            studio.settle();
        }
    }

    /** Steps per snapshot so that training publishes at most {@link FigureStudio#MAX_SNAPSHOTS}. */
    static long chunk(long steps) {
        return Math.max(1, (steps + FigureStudio.MAX_SNAPSHOTS - 1) / FigureStudio.MAX_SNAPSHOTS);
    }

    /**
     * A picture of {@code node} as it is drawn now, at one pixel per unit, exactly its layout
     * bounds (whatever sticks out is cut off), on white where it is transparent. FX thread.
     */
    public static ImageFiles.Frame capture(Node node) {
        Bounds b = node.localToParent(node.getLayoutBounds());
        int w = Math.max(1, (int) Math.round(b.getWidth()));
        int h = Math.max(1, (int) Math.round(b.getHeight()));
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setViewport(new Rectangle2D(b.getMinX(), b.getMinY(), w, h));
        WritableImage image = node.snapshot(p, new WritableImage(w, h));
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return new ImageFiles.Frame(w, h, px);
    }
}
