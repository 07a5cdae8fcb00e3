package org.backpropstudio.ui.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentException;
import org.backpropstudio.io.ExperimentReader;

/**
 * The built-in experiments that {@code --preset NAME} opens, stored as experiment files among
 * the app's resources ({@code ui/presets/NAME.json}), so they read exactly as a user's file would.
 */
public final class Presets {
    /** The preset the app opens when given nothing else. */
    public static final String DEFAULT = "circle";

    private static final List<String> NAMES = List.of("circle", "xor", "spiral-6x8", "line-bowl");

    private Presets() {
    }

    /** The preset names, the default first. */
    public static List<String> names() {
        return NAMES;
    }

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    /** Reads the named preset; it must be one of {@link #names()}. */
    public static Experiment get(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("unknown preset '" + name + "'; known: " + String.join(", ", NAMES));
        }
        String resource = "/org/backpropstudio/ui/presets/" + name + ".json";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the preset file " + resource + " is missing from the build");
            }
            return ExperimentReader.read(name + ".json", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExperimentException e) {
            throw new IllegalStateException("the built-in preset is invalid: " + e.getMessage(), e);
        }
    }
}
