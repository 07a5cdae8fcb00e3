package org.backpropstudio.ui.bowl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.ParameterPath;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.studio.Selection;

/**
 * The bowl's view model: which plane to slice (two parameters x and y, or two directions), how
 * finely, and the path of the parameters over training. The two parameters follow the learner's
 * picks on the diagram: a picked weight or bias becomes y and the y before becomes x. A new
 * network keeps picks it still has and otherwise starts from the first two parameters of its
 * output layer. FX thread only, but no toolkit needed: tests drive it with snapshots.
 *
 * <p>The path has two sources. The {@link PathTrace} keeps the whole parameter vector once per
 * frame (so any plane, and the direction modes, can show the path at once); the training thread
 * records the two parameters of the plane after every step ({@link #watch()}, sent by the
 * window), which the snapshots carry as {@link ParameterPath}. The path in a plane of two
 * parameters takes every step from where that recording began and the per-frame samples before.
 */
public final class BowlModel {
    /** Grid sides offered. */
    public static final List<Integer> GRID_SIZES = List.of(21, 41, 65);
    public static final int DEFAULT_GRID = 41;
    /** Smallest half-width of a slice over two parameters, in parameter units. */
    public static final double MIN_SPAN = 1;
    /** Smallest half-width of a slice of filter-normalised directions (the paper looks at [-1, 1]). */
    public static final double MIN_SPAN_RANDOM = 1;
    /** Smallest half-width of a slice of principal directions (unit vectors), in parameter-space distance. */
    public static final double MIN_SPAN_PRINCIPAL = 0.25;

    private final ReadOnlyObjectWrapper<ParameterName> x = new ReadOnlyObjectWrapper<>(this, "x");
    private final ReadOnlyObjectWrapper<ParameterName> y = new ReadOnlyObjectWrapper<>(this, "y");
    private final ObservableList<ParameterName> parameters = FXCollections.observableArrayList();
    private final ObservableList<ParameterName> parametersView = FXCollections.unmodifiableObservableList(parameters);
    private final IntegerProperty grid = new SimpleIntegerProperty(this, "grid", DEFAULT_GRID);
    private final ObjectProperty<BowlMode> mode = new SimpleObjectProperty<>(this, "mode", BowlMode.PARAMETERS);
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final PathTrace path = new PathTrace();
    /** The two parameters after every step, as the training thread recorded them. */
    private ParameterPath steps = ParameterPath.NONE;
    private NetworkShape shape;
    private SliceWindow window;
    private long pathVersion;

    /** A model that follows {@code selection} (the studio's pick on the diagram; may be null for none). */
    public BowlModel(ObservableValue<Selection> selection) {
        if (selection != null) {
            selection.addListener((o, a, b) -> {
                // a pick of a network this model has not seen yet waits for its snapshot (never throws in a listener)
                if (b instanceof Selection.Parameter p && (shape == null || p.fits(shape))) {
                    pick(p.name());
                }
            });
        }
        x.addListener((o, a, b) -> changed());
        y.addListener((o, a, b) -> changed());
        grid.addListener((o, a, b) -> changed());
        mode.addListener((o, a, b) -> changed());
    }

    /** The parameter along the x axis (null before the first snapshot). */
    public ReadOnlyObjectProperty<ParameterName> xProperty() { return x.getReadOnlyProperty(); }
    public ParameterName getX() { return x.get(); }
    /** The parameter along the y axis. */
    public ReadOnlyObjectProperty<ParameterName> yProperty() { return y.getReadOnlyProperty(); }
    public ParameterName getY() { return y.get(); }
    /** Every weight and bias of the current network, layer by layer, for the pickers. */
    public ObservableList<ParameterName> parameters() { return parametersView; }
    /** The grid side (one of {@link #GRID_SIZES}). */
    public IntegerProperty gridProperty() { return grid; }
    public int getGrid() { return grid.get(); }
    public ObjectProperty<BowlMode> modeProperty() { return mode; }
    public BowlMode getMode() { return mode.get(); }
    /** Counts changes of what to slice (parameters, mode, grid, network); a slice of an older version is out of date. */
    public ReadOnlyLongProperty versionProperty() { return version.getReadOnlyProperty(); }
    public long getVersion() { return version.get(); }
    /** The parameters over training. Read only. */
    public PathTrace path() { return path; }
    /** Counts changes of the path (a new point, a reset). */
    public long pathVersion() { return pathVersion; }
    /** The network's shape of the last snapshot, or null before one. */
    public NetworkShape shape() { return shape; }

    private void changed() {
        version.set(version.get() + 1);
        window = null; // a new plane: the window starts afresh around the path
    }

    /**
     * A weight or bias the learner picked: it becomes y and the y before becomes x. Picking y
     * again changes nothing; picking x swaps the two.
     */
    public void pick(ParameterName p) {
        Objects.requireNonNull(p, "parameter");
        if (shape != null && !Selection.parameter(p).fits(shape)) {
            throw new IllegalArgumentException(p + " is not part of the network " + shape);
        }
        if (p.equals(y.get())) {
            return;
        }
        ParameterName before = y.get();
        y.set(p);
        if (before != null) {
            x.set(before);
        }
    }

    /** Sets both axes at once (e.g. for a lesson); they must differ. */
    public void show(ParameterName alongX, ParameterName alongY) {
        if (alongX.equals(alongY)) {
            throw new IllegalArgumentException("the two axes need two different parameters, got " + alongX + " twice");
        }
        x.set(alongX);
        y.set(alongY);
    }

    /** Puts {@code p} on the x axis (the pickers); if it is on the y axis, the two swap. */
    public void setX(ParameterName p) {
        if (p == null || p.equals(x.get())) {
            return;
        }
        if (p.equals(y.get())) {
            y.set(x.get());
        }
        x.set(p);
    }

    /** Puts {@code p} on the y axis (the pickers); if it is on the x axis, the two swap. */
    public void setY(ParameterName p) {
        if (p == null || p.equals(y.get())) {
            return;
        }
        if (p.equals(x.get())) {
            x.set(y.get());
        }
        y.set(p);
    }

    /**
     * Takes the newest snapshot (once per frame): a new network refills the parameter list,
     * keeps the picks it still has and starts the path over; a new step extends the path (a
     * lower one, a reset, starts it over). Returns whether the path changed.
     */
    public boolean update(Snapshot s) {
        if (s == null) {
            return false;
        }
        if (!s.shape().equals(shape)) {
            shape = s.shape();
            parameters.setAll(names(shape));
            ParameterName[] keep = picksFor(shape, x.get(), y.get());
            x.set(keep[0]);
            y.set(keep[1]);
            path.clear();
            changed();
        }
        boolean recorded = s.path() != steps;
        steps = s.path();
        if (!path.isEmpty() && s.step() == path.currentStep()) {
            if (recorded) {
                pathVersion++;
            }
            return recorded;
        }
        path.offer(s.step(), s.parameters());
        pathVersion++;
        return true;
    }

    /**
     * The indices of the two parameters of the plane in the network's vector, {x, y}, for the
     * training thread to record after every step; null before the first snapshot.
     */
    public int[] watch() {
        if (shape == null || x.get() == null || y.get() == null) {
            return null;
        }
        return new int[] {index(shape, x.get()), index(shape, y.get())};
    }

    /** The two parameters after every step, as the newest snapshot carried them. */
    public ParameterPath recorded() {
        return steps;
    }

    /**
     * The picks for a network of {@code shape}: {@code x} and {@code y} where it has them,
     * otherwise the first two parameters of its output layer (its first weights, then its bias).
     */
    static ParameterName[] picksFor(NetworkShape shape, ParameterName x, ParameterName y) {
        List<ParameterName> defaults = new ArrayList<>();
        int out = shape.layerCount() - 1;
        int fanIn = out == 0 ? shape.inputs() : shape.units().get(out - 1);
        for (int k = 0; k < fanIn; k++) {
            defaults.add(ParameterName.weight(out, 0, k));
        }
        defaults.add(ParameterName.bias(out, 0));
        boolean xFits = x != null && Selection.parameter(x).fits(shape);
        boolean yFits = y != null && Selection.parameter(y).fits(shape) && !y.equals(x);
        ParameterName nx = xFits ? x : null;
        ParameterName ny = yFits ? y : null;
        for (ParameterName d : defaults) {
            if (nx == null && !d.equals(ny)) {
                nx = d;
            } else if (ny == null && !d.equals(nx)) {
                ny = d;
            }
        }
        return new ParameterName[] {nx, ny};
    }

    /** Every parameter of a network of {@code shape}: per layer, per unit, its weights then its bias. */
    public static List<ParameterName> names(NetworkShape shape) {
        List<ParameterName> out = new ArrayList<>();
        int fanIn = shape.inputs();
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int j = 0; j < shape.units().get(l); j++) {
                for (int k = 0; k < fanIn; k++) {
                    out.add(ParameterName.weight(l, j, k));
                }
                out.add(ParameterName.bias(l, j));
            }
            fanIn = shape.units().get(l);
        }
        return out;
    }

    /** Index of {@code p} in a network of {@code shape}'s parameter vector. */
    public static int index(NetworkShape shape, ParameterName p) {
        int offset = 0;
        int fanIn = shape.inputs();
        for (int l = 0; l < p.layer(); l++) {
            offset += shape.units().get(l) * (fanIn + 1);
            fanIn = shape.units().get(l);
        }
        int units = shape.units().get(p.layer());
        return p.weight() ? offset + p.unit() * fanIn + p.from() : offset + units * fanIn + p.unit();
    }

    /** The smallest half-width of a slice in the current mode. */
    public double minSpan() {
        return switch (mode.get()) {
            case PARAMETERS -> MIN_SPAN;
            case RANDOM_DIRECTIONS -> MIN_SPAN_RANDOM;
            case PRINCIPAL_DIRECTIONS -> MIN_SPAN_PRINCIPAL;
        };
    }

    /** The window of the last slice asked for (null after a change of plane). */
    public SliceWindow window() {
        return window;
    }

    /** Remembers the window a slice was asked for, so the next one follows it. */
    public void setWindow(SliceWindow w) {
        window = w;
    }

    /**
     * The path in the (x, y) plane of the two picked parameters, with the current point last,
     * into {@code xs} and {@code ys} (grown when too short); returns the number of points. Where
     * the training thread recorded these two after every step, those points are used (the
     * per-frame samples only before its recording began).
     */
    public int pathInPlane(double[][] xsys) {
        if (shape == null || x.get() == null || path.isEmpty()) {
            return 0;
        }
        int ix = index(shape, x.get());
        int iy = index(shape, y.get());
        ParameterPath rec = steps.watches(ix, iy) && !steps.isEmpty() && steps.lastStep() <= path.currentStep()
                ? steps : ParameterPath.NONE;
        int kept = path.size();
        int most = kept + rec.size() + 1;
        if (xsys[0] == null || xsys[0].length < most) {
            xsys[0] = new double[Math.max(most, 64) * 2];
            xsys[1] = new double[xsys[0].length];
        }
        double[] xs = xsys[0];
        double[] ys = xsys[1];
        int n = 0;
        long before = rec.isEmpty() ? Long.MAX_VALUE : rec.firstStep();
        double[] last = null;
        for (int i = 0; i < kept && path.step(i) < before; i++) {
            last = path.point(i);
            xs[n] = last[ix];
            ys[n++] = last[iy];
        }
        for (int i = 0; i < rec.size(); i++) {
            xs[n] = rec.x(i);
            ys[n++] = rec.y(i);
        }
        double[] current = path.current();
        boolean currentShown = rec.isEmpty() ? last == current
                : rec.lastStep() == path.currentStep() && xs[n - 1] == current[ix] && ys[n - 1] == current[iy];
        if (!currentShown) {
            xs[n] = current[ix];
            ys[n++] = current[iy];
        }
        return n;
    }
}
