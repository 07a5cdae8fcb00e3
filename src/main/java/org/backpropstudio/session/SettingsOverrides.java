package org.backpropstudio.session;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Trainer;

/**
 * The settings changed through the session since the last load: the training data, the
 * optimizer (with its learning rate) and the regularization, each null while unchanged. A reset
 * builds a fresh trainer from the factory and {@link #applyTo re-applies} these to it, so a reset
 * keeps what the user set; a load {@link #clear clears} them. Not thread-safe: the
 * {@link SessionWorker} that owns it uses it on the owner thread only.
 */
final class SettingsOverrides {
    private Dataset data;
    private OptimizerConfig optimizer;
    private Regularization regularization;

    void setData(Dataset train) {
        data = train;
    }

    void setOptimizer(OptimizerConfig config) {
        optimizer = config;
    }

    void setRegularization(Regularization r) {
        regularization = r;
    }

    /** Forgets every change (a new experiment was loaded). */
    void clear() {
        data = null;
        optimizer = null;
        regularization = null;
    }

    /** Sets the changed settings on {@code t}: the data first, then the optimizer, then the regularization. */
    void applyTo(Trainer t) {
        if (data != null) {
            t.setData(data);
        }
        if (optimizer != null) {
            t.setOptimizer(optimizer);
        }
        if (regularization != null) {
            t.setRegularization(regularization);
        }
    }
}
