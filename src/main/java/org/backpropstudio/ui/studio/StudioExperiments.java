package org.backpropstudio.ui.studio;

import java.util.ArrayList;
import java.util.List;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.RegularizationType;
import org.backpropstudio.io.DataSpec;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.LayerSpec;
import org.backpropstudio.io.NetworkSpec;
import org.backpropstudio.io.TrainingSpec;
import org.backpropstudio.session.Snapshot;

/** Between the studio's settings and an experiment file's content (see {@link StudioModel#load} and {@link StudioModel#toExperiment()}). */
final class StudioExperiments {
    private StudioExperiments() {
    }

    /** Units of the experiment's hidden layers, first to last. */
    static List<Integer> hiddenUnits(Experiment e) {
        List<LayerSpec> layers = e.network().layers();
        List<Integer> hidden = new ArrayList<>();
        for (int l = 0; l < layers.size() - 1; l++) {
            hidden.add(layers.get(l).units());
        }
        return hidden;
    }

    /** Sets the model's setting properties from the experiment (the caller keeps them from rebuilding meanwhile). */
    static void applySettings(Experiment e, StudioModel m) {
        if (e.data() instanceof DataSpec.Generated g) {
            m.datasetProperty().set(g.generator());
            m.countProperty().set(g.count());
            m.noiseProperty().set(g.noise());
            m.testFractionProperty().set(g.testFraction());
            m.dataSeedProperty().set(g.seed());
        } else {
            m.datasetProperty().set(StudioModel.CUSTOM_DATA);
        }
        List<LayerSpec> layers = e.network().layers();
        if (layers.size() > 1) {
            m.hiddenActivationProperty().set(layers.get(0).activation());
        }
        m.outputActivationProperty().set(e.network().outputLayer().activation());
        m.lossProperty().set(e.loss());
        m.optimizerProperty().set(e.optimizer().type());
        m.learningRateProperty().set(e.optimizer().learningRate());
        m.momentumProperty().set(e.optimizer().momentum());
        m.regularizationProperty().set(e.regularization().type());
        if (e.regularization().type() != RegularizationType.NONE) {
            m.regularizationRateProperty().set(e.regularization().rate());
        }
        m.initializerProperty().set(e.network().initializer());
        m.seedProperty().set(e.training().seed());
        m.batchSizeProperty().set(e.training().batchSize());
        m.features().setAll(e.features().isEmpty() ? Feature.RAW : e.features());
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
                .withStepsDone(s.step()).withOptimizerState(s.optimizerState());
        return new Experiment(spec, s.loss(), s.optimizer(), s.regularization(), training, data, inputs);
    }
}
