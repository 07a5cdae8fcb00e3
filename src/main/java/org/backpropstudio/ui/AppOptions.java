package org.backpropstudio.ui;

import java.nio.file.Path;
import java.util.List;

import org.backpropstudio.ui.bowl.BowlMode;
import org.backpropstudio.ui.studio.Presets;

/**
 * The app's arguments: an experiment file to open, or {@code --preset NAME}; {@code --bowl} to
 * open the bowl window too ({@code --bowl=random} or {@code --bowl=principal} on a plane of
 * directions, {@code --bowl=parameters} on two parameters); and for kiosks and measurement {@code --autoplay},
 * {@code --exit-after SECONDS} and {@code --frame-stats FILE}.
 * Options are written {@code --name value} or {@code --name=value}. No JavaFX here: the
 * arguments are checked before any window opens.
 *
 * @param file       the experiment file to open, or null
 * @param preset     the built-in experiment to open when there is no file
 * @param autoplay   whether to start playing at once
 * @param exitAfter  seconds after which the app quits, or 0 for never
 * @param frameStats where to write the frame statistics on quitting, or null
 * @param bowl       whether to open the bowl window (the loss surface) at once
 * @param bowlMode   the plane the bowl window opens on, or null for the one it would choose
 */
public record AppOptions(Path file, String preset, boolean autoplay, double exitAfter, Path frameStats, boolean bowl,
                         BowlMode bowlMode) {

    /** The values of {@code --bowl=MODE}, in the order of {@link BowlMode}. */
    public static final List<String> BOWL_MODES = List.of("parameters", "random", "principal");

    /** A wrong argument; the message is one line for {@code error: }. */
    public static final class BadArguments extends Exception {
        private static final long serialVersionUID = 1L;

        public BadArguments(String message) {
            super(message);
        }
    }

    public static AppOptions parse(List<String> args) throws BadArguments {
        Path file = null;
        String preset = null;
        boolean autoplay = false;
        boolean bowl = false;
        BowlMode bowlMode = null;
        double exitAfter = 0;
        Path stats = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                if (file != null) {
                    throw new BadArguments("only one experiment file can be opened, got '" + file + "' and '" + a + "'");
                }
                file = Path.of(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--autoplay" -> {
                    if (value != null) {
                        throw new BadArguments("--autoplay takes no value");
                    }
                    autoplay = true;
                }
                case "--bowl" -> {
                    if (value != null) {
                        int m = BOWL_MODES.indexOf(value);
                        if (m < 0) {
                            throw new BadArguments("unknown plane for --bowl: '" + value + "' (expected --bowl or --bowl="
                                    + String.join(", --bowl=", BOWL_MODES) + ")");
                        }
                        bowlMode = BowlMode.values()[m];
                    }
                    bowl = true;
                }
                case "--preset", "--exit-after", "--frame-stats" -> {
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new BadArguments(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--preset" -> {
                            if (!Presets.exists(value)) {
                                throw new BadArguments("unknown preset '" + value + "' (expected one of "
                                        + String.join(", ", Presets.names()) + ")");
                            }
                            preset = value;
                        }
                        case "--exit-after" -> exitAfter = seconds(value);
                        default -> stats = Path.of(value);
                    }
                }
                default -> throw new BadArguments("unknown option '" + name
                        + "' (expected --preset, --autoplay, --bowl, --exit-after or --frame-stats)");
            }
        }
        if (file != null && preset != null) {
            throw new BadArguments("give an experiment file or --preset, not both");
        }
        return new AppOptions(file, preset == null ? Presets.DEFAULT : preset, autoplay, exitAfter, stats, bowl, bowlMode);
    }

    private static double seconds(String v) throws BadArguments {
        try {
            double s = Double.parseDouble(v);
            if (s > 0 && Double.isFinite(s)) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadArguments("--exit-after needs a number of seconds greater than 0, got '" + v + "'");
    }
}
