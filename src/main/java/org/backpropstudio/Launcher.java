package org.backpropstudio;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.backpropstudio.cli.Cli;
import org.backpropstudio.ui.StudioApp;

/**
 * Entry point: runs a command-line command, or opens the app. A first argument that is a command
 * name, or that looks like a mistyped one (a plain word that is not an existing file), goes to
 * {@link Cli}; anything else (nothing, a file to open, an option such as {@code --preset}) opens
 * the app.
 *
 * <p>This class is the {@code java -jar} main class and must stay free of JavaFX types: a
 * class that extends {@code Application} cannot be launched from the class path, and the
 * command-line commands must run where no JavaFX display exists.
 */
public final class Launcher {
    /** Set on the JVM to skip the module layer and open the app straight from the class path. */
    static final String NO_LAYER_PROPERTY = "backprop.noModuleLayer";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && isCommandLine(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        startApp(args);
    }

    /** Whether the first argument asks for the command line rather than the app. */
    static boolean isCommandLine(String first) {
        if (Cli.isCommand(first)) {
            return true;
        }
        boolean plainWord = first.matches("[A-Za-z][A-Za-z0-9-]*");
        return plainWord && !new File(first).exists();
    }

    /**
     * Opens the studio window and returns when it is closed.
     *
     * <p>Started with {@code java -jar}, everything sits on the class path, where JavaFX warns
     * that it was loaded from an unnamed module. In that case the app is started again inside
     * a module layer built from the jar and its {@code lib/} folder, so JavaFX runs as the
     * named modules it expects. Where that is not possible (no {@code lib/} folder, e.g. an
     * IDE run) the app starts from the class path as it is.
     */
    public static void startApp(String[] args) {
        if (Launcher.class.getModule().isNamed() || Boolean.getBoolean(NO_LAYER_PROPERTY)) {
            StudioApp.launchApp(args);
            return;
        }
        Method layeredMain = layeredMain();
        if (layeredMain == null) {
            StudioApp.launchApp(args);
            return;
        }
        Thread.currentThread().setContextClassLoader(layeredMain.getDeclaringClass().getClassLoader());
        try {
            layeredMain.invoke(null, (Object) args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** This class's {@code startApp} as loaded in a new layer of named modules, or null. */
    private static Method layeredMain() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = jar.resolveSibling("lib");
            if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
                return null;
            }
            ModuleLayer boot = ModuleLayer.boot();
            ModuleFinder finder = ModuleFinder.of(jar, lib);
            Configuration config = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of("org.backpropstudio"));
            ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getSystemClassLoader().getParent());
            Class<?> launcher = layer.findLoader("org.backpropstudio").loadClass(Launcher.class.getName());
            // startApp of the layered copy: its module is named, so it opens the app directly
            return launcher.getMethod("startApp", String[].class);
        } catch (URISyntaxException | RuntimeException | ReflectiveOperationException e) {
            return null;
        }
    }
}
