package org.backpropstudio.ui.studio;

import java.util.List;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerState;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.RegularizationType;
import org.backpropstudio.io.Experiment;

/**
 * The settings that describe the network and how it trains (hidden layers, activations, loss,
 * initializer, seed, batch size, optimizer, regularization) and where training starts: from the
 * seed, or from an opened file's weights, step count and optimizer memory. It turns them into a
 * {@link TrainerRecipe} for given training data; it owns no session, and {@link StudioModel}
 * decides when a change rebuilds the network. Only the FX thread uses it.
 */
final class TrainerSettings {

    private final IntegerProperty batchSize;
    private final ObservableList<Integer> hiddenUnits = FXCollections.observableArrayList(4, 2);
    /** One read-only view, kept: a view made per call listens weakly and would lose its listeners. */
    private final ObservableList<Integer> hiddenUnitsView = FXCollections.unmodifiableObservableList(hiddenUnits);
    private final ObjectProperty<Activation> hiddenActivation;
    private final ObjectProperty<Activation> outputActivation;
    private final ObjectProperty<Loss> loss;
    private final ObjectProperty<OptimizerType> optimizer;
    private final DoubleProperty learningRate;
    private final DoubleProperty momentum;
    private final ObjectProperty<RegularizationType> regularization;
    private final DoubleProperty regularizationRate;
    private final ObjectProperty<Initializer> initializer;
    private final LongProperty seed;

    /** Parameters to start from instead of the seed (from a file), or null. */
    private double[] startParameters;
    /** Steps the start parameters already had (from a file), so the sample order continues. */
    private long startSteps;
    /** What the optimizer remembered in the loaded file (null for none), and for which optimizer. */
    private OptimizerState startOptimizerState;
    private OptimizerType startOptimizerType;
    /** Adam's beta1, beta2 and epsilon: no control edits them; a file may set them. */
    private OptimizerConfig adamConstants = OptimizerConfig.adam(1);

    /** Settings named as properties of {@code bean} (the model the views see). */
    TrainerSettings(Object bean) {
        batchSize = new SimpleIntegerProperty(bean, "batchSize", 10);
        hiddenActivation = new SimpleObjectProperty<>(bean, "hiddenActivation", Activation.TANH);
        outputActivation = new SimpleObjectProperty<>(bean, "outputActivation", Activation.SIGMOID);
        loss = new SimpleObjectProperty<>(bean, "loss", Loss.MSE);
        optimizer = new SimpleObjectProperty<>(bean, "optimizer", OptimizerType.SGD);
        learningRate = new SimpleDoubleProperty(bean, "learningRate", 0.3);
        momentum = new SimpleDoubleProperty(bean, "momentum", OptimizerConfig.DEFAULT_MOMENTUM);
        regularization = new SimpleObjectProperty<>(bean, "regularization", RegularizationType.NONE);
        regularizationRate = new SimpleDoubleProperty(bean, "regularizationRate", 0.001);
        initializer = new SimpleObjectProperty<>(bean, "initializer", Initializer.XAVIER);
        seed = new SimpleLongProperty(bean, "seed", 42);
    }

    IntegerProperty batchSize() { return batchSize; }
    /** The editable list; {@link #hiddenUnitsView()} is what the model hands out. */
    ObservableList<Integer> hiddenUnits() { return hiddenUnits; }
    ObservableList<Integer> hiddenUnitsView() { return hiddenUnitsView; }
    ObjectProperty<Activation> hiddenActivation() { return hiddenActivation; }
    ObjectProperty<Activation> outputActivation() { return outputActivation; }
    ObjectProperty<Loss> loss() { return loss; }
    ObjectProperty<OptimizerType> optimizer() { return optimizer; }
    DoubleProperty learningRate() { return learningRate; }
    DoubleProperty momentum() { return momentum; }
    ObjectProperty<RegularizationType> regularization() { return regularization; }
    DoubleProperty regularizationRate() { return regularizationRate; }
    ObjectProperty<Initializer> initializer() { return initializer; }
    LongProperty seed() { return seed; }

    void addHiddenLayer() {
        if (hiddenUnits.size() < StudioModel.MAX_HIDDEN_LAYERS) {
            hiddenUnits.add(hiddenUnits.isEmpty() ? 2 : hiddenUnits.get(hiddenUnits.size() - 1));
        }
    }

    void removeHiddenLayer() {
        if (!hiddenUnits.isEmpty()) {
            hiddenUnits.remove(hiddenUnits.size() - 1);
        }
    }

    void addUnit(int layer) {
        if (hiddenUnits.get(layer) < StudioModel.MAX_UNITS) {
            hiddenUnits.set(layer, hiddenUnits.get(layer) + 1);
        }
    }

    void removeUnit(int layer) {
        if (hiddenUnits.get(layer) > 1) {
            hiddenUnits.set(layer, hiddenUnits.get(layer) - 1);
        }
    }

    /** Takes Adam's constants (beta1, beta2, epsilon) from a file's optimizer. */
    void setAdamConstants(OptimizerConfig fromFile) {
        adamConstants = fromFile;
    }

    /** Starts from the experiment's weights, step count and optimizer memory. */
    void startFrom(Experiment e) {
        startParameters = e.buildNetwork().parameters();
        startSteps = e.training().stepsDone();
        startOptimizerState = e.training().optimizerState();
        startOptimizerType = e.optimizer().type();
    }

    /** Starts from the seed again, at step 0 with a fresh optimizer. */
    void startFromSeed() {
        startParameters = null;
        startSteps = 0;
        startOptimizerState = null;
    }

    /** The optimizer as the settings describe it. */
    OptimizerConfig optimizerConfig() {
        return new OptimizerConfig(optimizer.get(), learningRate.get(), momentum.get(),
                adamConstants.beta1(), adamConstants.beta2(), adamConstants.epsilon());
    }

    /** The weight penalty as the settings describe it. */
    Regularization regularizationSetting() {
        return new Regularization(regularization.get(), regularization.get() == RegularizationType.NONE ? 0 : regularizationRate.get());
    }

    /** The recipe of the network and trainer these settings describe on {@code train}, in their starting state. */
    TrainerRecipe recipe(Dataset train) {
        return new TrainerRecipe(train, List.copyOf(hiddenUnits), hiddenActivation.get(),
                outputActivation.get(), loss.get(), optimizerConfig(), regularizationSetting(), initializer.get(),
                seed.get(), batchSize.get(), startParameters, startSteps,
                optimizer.get() == startOptimizerType ? startOptimizerState : null);
    }
}
