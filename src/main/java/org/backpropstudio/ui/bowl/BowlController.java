package org.backpropstudio.ui.bowl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The bowl's per-frame work on the FX thread: feeds every new snapshot to the {@link BowlModel}
 * (the path grows even while the window is closed), asks the {@link BowlService} for a new slice
 * when the plane changed or, while training, at most {@link #MAX_REQUESTS_PER_SECOND} times a
 * second and never while one is still being sampled, picks up finished slices, and hands the
 * views a new {@link BowlPicture} when the slice or the path changed. A plane of directions is
 * sampled while training on the coarser grid {@link LiveGrid} picks, on {@link #LIVE_THREADS}
 * thread(s), and on the user's grid once training stops. It only draws; it never waits for the
 * sampling threads.
 */
public final class BowlController implements FrameLoop.Listener, AutoCloseable {
    public static final double MAX_REQUESTS_PER_SECOND = 8;
    /**
     * Threads a plane of directions is sampled on while training, which has a thread of its own
     * ({@code -Dbackprop.bowl.liveThreads=N} to compare).
     */
    static final int LIVE_THREADS = Integer.getInteger("backprop.bowl.liveThreads", 1);
    /** A slice grows towards a lowest point on its border only while its span is below this many minimum spans. */
    static final double MAX_CHASE = 4;

    /** Where the picture goes: the window's views and captions. */
    public interface Sink {
        /** Whether anyone is looking (the window is showing). */
        boolean isShowing();

        /** A new picture to draw and the axis names to show. */
        void show(BowlPicture picture);

        /** Once per frame after {@link #show}: the views redraw if they need to. */
        void frame(long now, boolean training);
    }

    private final StudioModel studio;
    private final BowlModel model;
    private final BowlService service;
    private final ResourceBundle text;
    private final RefreshRate rate = new RefreshRate();
    private final LiveGrid live = new LiveGrid();
    private Sink sink;
    private List<PathLine> extras = List.of();
    private BowlFrame shown;
    private long requestedVersion = -1;
    private long requestedSequence = -1;
    private long lastRequest;
    /** The grid side of the last request (for planes of directions, coarser while training). */
    private int requestedGrid = -1;
    /**
     * The serials of the last two requests for a plane of directions made while training (-1 for
     * none): their times are measured. Two, because a frame is often picked up in the frame that
     * already asked for the next one.
     */
    private final long[] liveSerials = {-1, -1};
    private long shownPathVersion = -1;
    private boolean pictureDirty = true;
    /** Whether the last slice's lowest point lay on its border, so another look with a grown window is due. */
    private boolean chase;
    private double[][] xy = new double[2][];
    /** The race on screen: its two parameters, its start and how far its racers stray; null for none. */
    private Race race;
    /** Whether a new race wants a slice around it. */
    private boolean raceChanged;

    private record Race(ParameterName x, ParameterName y, double x0, double y0, double extent) {
    }

    public BowlController(StudioModel studio, BowlModel model, BowlService service, ResourceBundle text) {
        this.studio = studio;
        this.model = model;
        this.service = service;
        this.text = text;
        model.versionProperty().addListener((o, a, b) -> pictureDirty = true);
    }

    public void setSink(Sink sink) {
        this.sink = sink;
        pictureDirty = true;
    }

    public BowlModel model() {
        return model;
    }

    /** The slice now on screen, or null. */
    public BowlFrame shown() {
        return shown;
    }

    /** How fine planes of directions are sampled while training. */
    LiveGrid liveGrid() {
        return live;
    }

    /** Slices shown per second while training, over the last few seconds. */
    public RefreshRate rate() {
        return rate;
    }

    /** Further paths to draw over the slice (an optimizer race); empty for none. */
    public void setExtraPaths(List<PathLine> paths) {
        extras = List.copyOf(paths);
        pictureDirty = true;
    }

    /**
     * A race on {@code x} and {@code y} from (x0, y0), its racers (those that did not diverge)
     * within {@code extent} of the start in x and y: while the bowl slices these two, the slice
     * is centred on the start and covers the racers and the path of training.
     */
    public void setRace(ParameterName x, ParameterName y, double x0, double y0, double extent) {
        race = new Race(x, y, x0, y0, extent);
        raceChanged = true;
        model.setWindow(null); // made afresh around the race
    }

    /** No race to centre the slice on. */
    public void clearRace() {
        if (race != null) {
            race = null;
            raceChanged = true;
        }
    }

    public List<PathLine> extraPaths() {
        return extras;
    }

    @Override
    public void onFrame(long now, double elapsed) {
        Snapshot s = studio.getSnapshot();
        model.update(s);
        if (sink == null || !sink.isShowing() || s == null || model.getX() == null) {
            return;
        }
        boolean training = s.isRunning();
        boolean directions = model.getMode().directions();
        int side = directions ? live.side(model.getGrid(), training) : model.getGrid();
        // paused after a coarse slice of training: the full grid is due
        boolean refine = !training && requestedGrid != side;
        boolean planeChanged = model.getVersion() != requestedVersion;
        // due once the interval has passed, give or take half a frame (frames do not land on the interval)
        boolean due = now - lastRequest + elapsed * 1e9 / 2 >= 1e9 / MAX_REQUESTS_PER_SECOND;
        boolean moved = s.sequence() != requestedSequence || chase;
        if (planeChanged || raceChanged || (moved || refine) && due && !service.busy()) {
            chase = false;
            raceChanged = false;
            boolean sampledLive = training && directions;
            long serial = service.request(request(s, side), sampledLive ? LIVE_THREADS : service.threads());
            liveSerials[0] = liveSerials[1];
            liveSerials[1] = sampledLive ? serial : -1;
            requestedGrid = side;
            requestedVersion = model.getVersion();
            requestedSequence = s.sequence();
            lastRequest = now;
        }
        BowlFrame f = service.latest();
        if (f != null && f != shown && f.version() == model.getVersion()) {
            SliceWindow before = shown == null || shown.version() != f.version() ? null : shown.window();
            shown = f;
            if (f.ready() && (f.serial() == liveSerials[0] || f.serial() == liveSerials[1])) {
                live.measured(f.grid().size(), f.millis());
            }
            if (f.ready()) {
                model.setWindow(f.window());
                // lower ground beyond the border: look again (also while idle), the window will grow towards it
                // (only while the window still moves: a window the hint no longer changes is final)
                chase = model.getMode() == BowlMode.PARAMETERS && borderLowest() != null
                        && f.window().span() < MAX_CHASE * model.minSpan() && !f.window().equals(before);
            }
            pictureDirty = true;
            rate.shown(now, training);
        }
        if (pictureDirty || model.pathVersion() != shownPathVersion) {
            BowlPicture p = picture();
            if (p != null) {
                sink.show(p);
                pictureDirty = false;
                shownPathVersion = model.pathVersion();
            }
        }
        sink.frame(now, training);
    }

    /**
     * Whether the slice of the newest snapshot is on screen and no other is being sampled or due
     * (for figures, which wait for it): no request in flight, none due for a newer step, a new
     * race or a lowest point on the border, and the picture handed to the views.
     */
    public boolean settled() {
        Snapshot s = studio.getSnapshot();
        return s != null && !service.busy() && !chase && !raceChanged && !pictureDirty
                && requestedSequence == s.sequence() && requestedVersion == model.getVersion()
                && (s.isRunning() || requestedGrid == model.getGrid())
                && shown != null && shown.version() == model.getVersion() && service.latest() == shown;
    }

    /** What to sample now, on the user's grid. */
    BowlRequest request(Snapshot s) {
        return request(s, model.getGrid());
    }

    /** What to sample now, on a grid of {@code grid} x {@code grid}. */
    BowlRequest request(Snapshot s, int grid) {
        BowlMode mode = model.getMode();
        SliceWindow window = model.window();
        if (mode == BowlMode.PARAMETERS) {
            int n = model.pathInPlane(xy);
            double[] xs = java.util.Arrays.copyOf(xy[0], n + 1);
            double[] ys = java.util.Arrays.copyOf(xy[1], n + 1);
            int count = n;
            // a lowest point on the border of the last slice means lower ground lies beyond: include it
            // (up to a few times the smallest span, so a slope that falls for ever is not chased)
            double[] hint = borderLowest();
            if (hint != null && window != null && window.span() < MAX_CHASE * model.minSpan()) {
                xs[count] = hint[0];
                ys[count] = hint[1];
                count++;
            }
            Race r = race;
            if (r != null && r.x().equals(model.getX()) && r.y().equals(model.getY())) {
                // centred on the race's start: as far out on every side as the farthest of racers, path and hint
                double h = r.extent();
                for (int i = 0; i < count; i++) {
                    if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                        h = Math.max(h, Math.max(Math.abs(xs[i] - r.x0()), Math.abs(ys[i] - r.y0())));
                    }
                }
                xs = new double[] {r.x0() - h, r.x0() + h};
                ys = new double[] {r.y0() - h, r.y0() + h};
                count = 2;
            }
            window = SliceWindow.follow(window, xs, ys, count, model.minSpan());
            model.setWindow(window);
        }
        return new BowlRequest(model.getVersion(), mode, s.step(), s.network(), s.loss(), s.train(), model.getX(),
                model.getY(), grid, window, model.minSpan(),
                mode.directions() ? model.path().withCurrent() : List.of(), studio.seedProperty().get());
    }

    /** The lowest point of the slice on screen if it lies on or near its border (and the slice is of the current plane). */
    private double[] borderLowest() {
        if (shown == null || !shown.ready() || shown.version() != model.getVersion()) {
            return null;
        }
        int[] low = shown.lowest();
        int n = shown.grid().size();
        int edge = Math.max(1, n / 10); // within a tenth of the border counts: the bottom deserves some room around it
        if (low == null || low[0] >= edge && low[0] < n - edge && low[1] >= edge && low[1] < n - edge) {
            return null;
        }
        return new double[] {shown.grid().xs()[low[1]], shown.grid().ys()[low[0]]};
    }

    /** The picture of the slice on screen and the path, or null to keep the last one (a new plane is on its way). */
    BowlPicture picture() {
        NetworkShape shape = model.shape();
        if (shape == null) {
            return null;
        }
        boolean current = shown != null && shown.version() == model.getVersion();
        if (!current && shown != null && shown.ready()) {
            return null; // keep the old slice with its own path until the new plane's arrives
        }
        ParameterLabel xl;
        ParameterLabel yl;
        if (model.getMode().directions()) {
            xl = ParameterLabel.direction(text, 1);
            yl = ParameterLabel.direction(text, 2);
        } else {
            xl = ParameterLabel.of(text, shape, inputNames(), model.getX());
            yl = ParameterLabel.of(text, shape, inputNames(), model.getY());
        }
        if (!current) {
            return new BowlPicture(null, new double[0], new double[0], 0, xl, yl, extras, text.getString("bowl.sampling"));
        }
        if (!shown.ready()) {
            return new BowlPicture(shown, new double[0], new double[0], 0, xl, yl, extras, text.getString("bowl.principal.wait"));
        }
        if (model.getMode().directions()) {
            return new BowlPicture(shown, shown.pathX(), shown.pathY(), shown.pathX().length, xl, yl, extras, null);
        }
        int n = model.pathInPlane(xy);
        return new BowlPicture(shown, xy[0].clone(), xy[1].clone(), n, xl, yl, extras, null);
    }

    /** The labels of the network's inputs as the diagram writes them (features), or empty. */
    List<String> inputNames() {
        List<String> out = new ArrayList<>();
        for (Feature f : studio.activeFeatures()) {
            out.add(text.getString("net.feature." + f.name().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    @Override
    public void close() {
        service.close();
    }

    /** Counts slices shown while training: over the last seconds, and in total. */
    public static final class RefreshRate {
        private static final int KEEP = 64;
        private final long[] times = new long[KEEP];
        private int count;
        private long total;
        private long firstTraining = Long.MIN_VALUE;
        private long lastTraining;

        void shown(long now, boolean training) {
            if (!training) {
                return;
            }
            times[count++ % KEEP] = now;
            total++;
            if (firstTraining == Long.MIN_VALUE) {
                firstTraining = now;
            }
            lastTraining = now;
        }

        /** Slices per second over the last (up to) 64 shown while training; 0 before two. */
        public double recent() {
            int n = Math.min(count, KEEP);
            if (n < 2) {
                return 0;
            }
            long newest = times[(count - 1) % KEEP];
            long oldest = times[(count - n) % KEEP];
            return newest > oldest ? (n - 1) / ((newest - oldest) / 1e9) : 0;
        }

        /** Slices per second from the first to the last shown while training. */
        public double overall() {
            return total < 2 || lastTraining <= firstTraining ? 0 : (total - 1) / ((lastTraining - firstTraining) / 1e9);
        }

        public long total() {
            return total;
        }
    }
}
