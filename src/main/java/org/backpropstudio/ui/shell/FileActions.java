package org.backpropstudio.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentException;
import org.backpropstudio.io.ExperimentReader;
import org.backpropstudio.io.ExperimentWriter;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * Open... and Save...: experiment files through a file chooser. A file that cannot be read is
 * reported in a dialog naming the file and the place in it, and the current lesson stays;
 * saving writes the settings, the current weights and the data atomically.
 */
public final class FileActions {
    private final StudioModel model;
    private final ResourceBundle text;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private File folder;

    public FileActions(StudioModel model, ResourceBundle text, Supplier<Window> owner, Consumer<String> status) {
        this.model = model;
        this.text = text;
        this.owner = owner;
        this.status = status;
    }

    public void open() {
        FileChooser chooser = chooser("file.open.title");
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            folder = f.getParentFile();
            open(f.toPath());
        }
    }

    /** Reads {@code file} into the model; returns whether it could be read. */
    public boolean open(Path file) {
        try {
            Experiment e = ExperimentReader.read(file);
            model.load(e);
            status.accept(Messages.format(text, "file.opened", file.getFileName()));
            return true;
        } catch (ExperimentException e) {
            showReadError(owner.get(), text, e);
            return false;
        }
    }

    public void save() {
        FileChooser chooser = chooser("file.save.title");
        chooser.setInitialFileName(text.getString("file.save.name"));
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            folder = f.getParentFile();
            save(f.toPath());
        }
    }

    /** Writes the current experiment to {@code file}; returns whether it was written. */
    public boolean save(Path file) {
        try {
            ExperimentWriter.write(model.toExperiment(), file);
            status.accept(Messages.format(text, "file.saved", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            Alert a = alert(owner.get(), text, Messages.format(text, "file.save.failed", file), e.getMessage());
            a.show();
            return false;
        }
    }

    /** Shows (without waiting) what is wrong with a file that could not be opened. */
    public static Alert showReadError(Window owner, ResourceBundle text, ExperimentException e) {
        String detail = e.place() == null ? e.problem()
                : Messages.format(text, "file.open.place", e.place(), e.problem());
        Alert a = alert(owner, text, Messages.format(text, "file.open.failed", e.file()), detail);
        a.show();
        return a;
    }

    private static Alert alert(Window owner, ResourceBundle text, String header, String detail) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(text.getString("file.error.title"));
        a.setHeaderText(header);
        a.setContentText(detail);
        return a;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.getString("file.filter"), "*.json"),
                new FileChooser.ExtensionFilter(text.getString("file.filter.all"), "*"));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }
}
