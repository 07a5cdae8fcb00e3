package org.backpropstudio.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ImageFiles;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.figure.FigureException;
import org.backpropstudio.ui.figure.FigureExport;
import org.backpropstudio.ui.figure.FigureView;
import org.backpropstudio.ui.figure.Look;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * Export figure: the diagram, the output view or the loss chart as a PNG exactly as they are on
 * screen, or the next step's animation on the diagram as a GIF, drawn off screen by
 * {@link FigureExport} from the current weights (the window's own training is not touched). The
 * file is chosen in a file chooser and written atomically on a thread of its own; the status line
 * says when it is written or why it could not be. One export at a time.
 */
public final class FigureActions {
    /** What can be exported. */
    public enum Kind {
        DIAGRAM("diagram", "png"), STEP("step", "gif"), OUTPUT("output", "png"), LOSS("loss", "png"),
        /** The bowl window's two views, as they are on screen (only once the window was opened). */
        BOWL("bowl", "png");

        private final String key;
        private final String extension;

        Kind(String key, String extension) {
            this.key = key;
            this.extension = extension;
        }

        /** The bundle key of its menu item, e.g. {@code figure.diagram}. */
        public String key() {
            return "figure." + key;
        }

        public String extension() {
            return extension;
        }
    }

    private final StudioModel model;
    private final ResourceBundle text;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private final Supplier<Region> diagram;
    private final Supplier<Region> output;
    private final Supplier<Region> loss;
    private Supplier<Region> bowl = () -> null;
    private File folder;
    private boolean busy;

    public FigureActions(StudioModel model, ResourceBundle text, Supplier<Window> owner, Consumer<String> status,
                         Supplier<Region> diagram, Supplier<Region> output, Supplier<Region> loss) {
        this.model = model;
        this.text = text;
        this.owner = owner;
        this.status = status;
        this.diagram = diagram;
        this.output = output;
        this.loss = loss;
    }

    /** Where the bowl's views are: a node, or null while the bowl window was never opened. */
    public void setBowl(Supplier<Region> views) {
        this.bowl = views;
    }

    /** Whether {@code kind} can be exported now (the bowl only once its window was opened). */
    public boolean available(Kind kind) {
        return kind != Kind.BOWL || bowl.get() != null;
    }

    /** Asks where to write the figure, then writes it. */
    public void choose(Kind kind) {
        if (!available(kind)) {
            status.accept(text.getString("figure.bowl.closed"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString(kind.key()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                text.getString("figure.filter." + kind.extension()), "*." + kind.extension()));
        chooser.setInitialFileName(text.getString(kind.key() + ".name"));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            folder = f.getParentFile();
            Path p = f.toPath();
            if (FigureExport.Format.of(p) == null) {
                p = p.resolveSibling(p.getFileName() + "." + kind.extension());
            }
            export(kind, p);
        }
    }

    /**
     * Writes the figure to {@code file} (FX thread). The returned future completes once the file
     * is written or has failed, and the status line says which; it never completes exceptionally.
     */
    public CompletableFuture<Void> export(Kind kind, Path file) {
        if (busy) {
            status.accept(text.getString("figure.busy"));
            return CompletableFuture.completedFuture(null);
        }
        Work work;
        try {
            work = prepare(kind);
        } catch (RuntimeException e) {
            failed(file, e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        busy = true;
        if (kind == Kind.STEP) {
            status.accept(text.getString("figure.drawing"));
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            String problem = null;
            try {
                work.write(file);
            } catch (IOException e) {
                problem = AtomicFile.reason(e);
            } catch (FigureException | RuntimeException e) {
                problem = e.getMessage();
            } catch (Error e) {
                problem = e.toString(); // still said in the status line, and the next export may try again
            }
            String p = problem;
            Platform.runLater(() -> {
                busy = false;
                if (p == null) {
                    status.accept(Messages.format(text, "figure.saved", file.getFileName()));
                } else {
                    failed(file, p);
                }
                done.complete(null);
            });
        }, "figure-export");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Work for the export thread; what it needs from the window is taken now, on the FX thread. */
    @FunctionalInterface
    private interface Work {
        void write(Path file) throws IOException, FigureException;
    }

    private Work prepare(Kind kind) {
        if (kind != Kind.STEP) {
            Region node = switch (kind) {
                case OUTPUT -> output.get();
                case LOSS -> loss.get();
                case BOWL -> bowl.get();
                default -> diagram.get();
            };
            if (node == null) {
                throw new IllegalStateException(text.getString("figure.bowl.closed"));
            }
            ImageFiles.Frame frame = FigureExport.capture(node);
            return file -> ImageFiles.writePng(file, frame);
        }
        Region pane = diagram.get();
        Snapshot s = model.getSnapshot();
        Experiment e = model.toExperiment();
        Scene scene = pane.getScene();
        Look look = new Look(text, scene == null ? Look.of(text.getLocale(), 1).stylesheets() : scene.getStylesheets(),
                scene == null ? "" : scene.getRoot().getStyle());
        FigureExport.Request r = new FigureExport.Request(FigureView.NETWORK, (int) Math.round(pane.getWidth()),
                (int) Math.round(pane.getHeight()), look, 0, null, FigureExport.DEFAULT_FPS, s.watchedSample());
        return file -> FigureExport.write(e, r, file);
    }

    private void failed(Path file, String reason) {
        status.accept(Messages.format(text, "figure.failed", file.getFileName(), reason == null ? "" : reason));
    }

    /** Whether an export is being written. */
    public boolean isBusy() {
        return busy;
    }
}
