package org.backpropstudio.ui.network;

import java.util.concurrent.CompletableFuture;

import org.backpropstudio.session.BatchLosses;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;

/**
 * The batch losses of the steps the history holds, for the timeline's faint line: asked of the
 * session when the history has moved on (at most {@link #REQUESTS_PER_SECOND} times a second
 * while training runs), polled once per frame, never waited for. Holds at most the history's
 * thousand numbers. FX thread only; no toolkit.
 */
final class LossTrail {
    static final double REQUESTS_PER_SECOND = 4;

    private final TrainingSession session;
    private BatchLosses losses = BatchLosses.NONE;
    private CompletableFuture<BatchLosses> pending;
    private long asked = Long.MIN_VALUE;
    private long askedNewest = -1;
    private long askedOldest = -1;

    LossTrail(TrainingSession session) {
        this.session = session;
    }

    /** Takes an answer that came and asks again if the history moved on; returns whether the losses changed. */
    boolean onFrame(long now, Snapshot s) {
        boolean changed = false;
        if (pending != null && pending.isDone()) {
            BatchLosses b = pending.isCompletedExceptionally() ? BatchLosses.NONE : pending.join();
            pending = null;
            changed = b.oldest() != losses.oldest() || b.size() != losses.size() || b.newest() != losses.newest()
                    || !java.util.Arrays.equals(b.values(), losses.values());
            losses = b;
        }
        long newest = Rewind.newest(s);
        long oldest = Rewind.oldest(s);
        boolean moved = newest != askedNewest || oldest != askedOldest;
        boolean due = s == null || !s.isRunning() || now - asked >= 1e9 / REQUESTS_PER_SECOND;
        if (pending == null && moved && due) {
            askedNewest = newest;
            askedOldest = oldest;
            asked = now;
            if (newest == 0) {
                changed |= losses.size() != 0;
                losses = BatchLosses.NONE;
            } else {
                pending = session.batchLosses();
            }
        }
        return changed;
    }

    BatchLosses losses() {
        return losses;
    }
}
