package org.backpropstudio.ui.heatmap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The FX-thread side of {@link HeatmapService}: once per frame, asks for the heat maps of the
 * model's newest snapshot (or of the past step the model replays) (at most {@link #MAX_REQUESTS_PER_SECOND} times a second while the
 * snapshot keeps changing) and exposes the newest finished frame as a property that views
 * observe to mark themselves dirty.
 */
public final class Heatmaps implements FrameLoop.Listener, AutoCloseable {
    public static final double MAX_REQUESTS_PER_SECOND = 10;

    private final StudioModel model;
    private final HeatmapService service;
    private final ReadOnlyObjectWrapper<HeatmapFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final ObjectProperty<HeatmapFrame.Plane> plane = new SimpleObjectProperty<>(this, "plane", HeatmapFrame.Plane.DEFAULT);
    /** The snapshot last asked for (the model's, or a replayed step's). */
    private Snapshot requested;
    private long lastRequestNanos;
    private boolean forced = true;

    public Heatmaps(StudioModel model, HeatmapService service) {
        this.model = model;
        this.service = service;
        palette.addListener((o, a, b) -> forced = true);
        plane.addListener((o, a, b) -> forced = true);
        model.features().addListener((javafx.collections.ListChangeListener<Object>) c -> forced = true);
    }

    /** The newest finished heat maps, or null before the first. */
    public ReadOnlyObjectProperty<HeatmapFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public HeatmapFrame getFrame() {
        return frame.get();
    }

    /** Colours of the heat maps (the theme sets them). */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public Palette getPalette() {
        return palette.get();
    }

    /** The input-plane region the heat maps cover. */
    public ObjectProperty<HeatmapFrame.Plane> planeProperty() {
        return plane;
    }

    @Override
    public void onFrame(long now, double elapsed) {
        // while a past step is replayed, its network's maps
        Snapshot s = model.getReplay() != null ? model.getReplay().view() : model.getSnapshot();
        boolean due = now - lastRequestNanos >= 1e9 / MAX_REQUESTS_PER_SECOND;
        if (s != null && (forced || (s != requested && due))) {
            service.request(new HeatmapService.Request(s, model.activeFeatures(), plane.get(), palette.get()));
            requested = s;
            lastRequestNanos = now;
            forced = false;
        }
        HeatmapFrame f = service.latest();
        if (f != null && f != frame.get()) {
            frame.set(f);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
