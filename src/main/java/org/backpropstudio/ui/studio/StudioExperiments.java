package org.backpropstudio.ui.studio;

import java.util.ArrayList;
import java.util.List;

import org.backpropstudio.data.Feature;
import org.backpropstudio.io.DataSpec;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.LayerSpec;
import org.backpropstudio.io.NetworkSpec;
import org.backpropstudio.io.TrainingSpec;
import org.backpropstudio.session.Snapshot;

/** Turns the studio's state into an experiment file's content (see {@link StudioModel#toExperiment()}). */
final class StudioExperiments {
    private StudioExperiments() {
    }

    static Experiment of(StudioModel m) {
        Snapshot s = m.getSnapshot();
        List<LayerSpec> layers = new ArrayList<>();
        for (int l = 0; l < s.shape().layerCount(); l++) {
            layers.add(new LayerSpec(s.shape().units().get(l), s.shape().activations().get(l)));
        }
        NetworkSpec spec = new NetworkSpec(s.shape().inputs(), m.initializerProperty().get(), layers)
                .withParameters(s.network());
        String kind = m.datasetProperty().get();
        DataSpec data = !StudioModel.CUSTOM_DATA.equals(kind)
                ? new DataSpec.Generated(kind, m.countProperty().get(), m.noiseProperty().get(),
                        m.testFractionProperty().get(), m.dataSeedProperty().get())
                : new DataSpec.Samples(m.trainPoints(), m.testPoints());
        List<Feature> inputs = m.isPlanar() && !Feature.RAW.equals(m.features()) ? List.copyOf(m.features()) : List.of();
        TrainingSpec training = new TrainingSpec(m.batchSizeProperty().get(), m.seedProperty().get(), true, 0)
                .withStepsDone(s.step());
        return new Experiment(spec, s.loss(), s.optimizer(), s.regularization(), training, data, inputs);
    }
}
