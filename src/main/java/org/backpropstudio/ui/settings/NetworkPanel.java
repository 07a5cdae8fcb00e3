package org.backpropstudio.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.RegularizationType;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.SettingRules;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The network panel: activations, loss, optimizer and its parameters, learning rate,
 * regularization, initializer, seed, the input features of two-input data, and the number of
 * hidden layers (also editable on the diagram).
 */
public final class NetworkPanel extends VBox {
    private final StudioModel model;
    private final ResourceBundle text;
    private final List<ToggleButton> chips = new ArrayList<>();
    private final Label layerCount = new Label();

    public NetworkPanel(StudioModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        getStyleClass().addAll("settings-panel", "network-panel");
        Label title = new Label(text.getString("network.title"));
        title.getStyleClass().add("panel-title");

        List<Activation> hiddenChoices = Arrays.stream(Activation.values()).filter(Activation::isElementwise).toList();
        ComboBox<Activation> hiddenAct = combo("hidden-activation", hiddenChoices, a -> "activation." + a.id());
        help(hiddenAct, "network.activation.help");
        hiddenAct.valueProperty().bindBidirectional(model.hiddenActivationProperty());
        ComboBox<Activation> outputAct = combo("output-activation", hiddenChoices, a -> "activation." + a.id());
        outputAct.valueProperty().bindBidirectional(model.outputActivationProperty());
        help(outputAct, "network.outputActivation.help");
        ComboBox<Loss> loss = combo("loss", List.of(Loss.values()), l -> "loss." + l.id());
        loss.valueProperty().bindBidirectional(model.lossProperty());
        help(loss, "network.loss.help");
        ComboBox<OptimizerType> optimizer = combo("optimizer", List.of(OptimizerType.values()), o -> "optimizer." + o.id());
        optimizer.valueProperty().bindBidirectional(model.optimizerProperty());
        help(optimizer, "network.optimizer.help");
        NumberField momentum = new NumberField(text, SettingRules.MOMENTUM, model.momentumProperty()::get,
                r -> model.momentumProperty().set(r.value()), model.momentumProperty(), "network.momentum.help");
        momentum.setId("momentum");
        NumberField rate = new NumberField(text, SettingRules.LEARNING_RATE, model.learningRateProperty()::get,
                r -> model.learningRateProperty().set(r.value()), model.learningRateProperty(),
                "network.learningRate.help");
        rate.setId("learning-rate");
        ComboBox<RegularizationType> reg = combo("regularization", List.of(RegularizationType.values()),
                r -> "regularization." + r.id());
        reg.valueProperty().bindBidirectional(model.regularizationProperty());
        help(reg, "network.regularization.help");
        NumberField regRate = new NumberField(text, SettingRules.REGULARIZATION_RATE,
                model.regularizationRateProperty()::get, r -> model.regularizationRateProperty().set(r.value()),
                model.regularizationRateProperty(), "network.regularizationRate.help");
        regRate.setId("regularization-rate");
        regRate.disableProperty().bind(model.regularizationProperty().isEqualTo(RegularizationType.NONE));
        ComboBox<Initializer> init = combo("initializer", List.of(Initializer.values()), i -> "initializer." + i.id());
        init.valueProperty().bindBidirectional(model.initializerProperty());
        help(init, "network.initializer.help");
        NumberField seed = new NumberField(text, SettingRules.SEED, model.seedProperty()::get,
                r -> model.seedProperty().set(r.whole()), model.seedProperty(), "network.seed.help");
        seed.setId("seed");

        GridPane grid = SettingsGrid.create();
        int row = 0;
        HBox layers = layersLine();
        Label layersCaption = SettingsGrid.row(grid, row++, text.getString("network.layers"), layers);
        GridPane.setValignment(layersCaption, javafx.geometry.VPos.CENTER);
        GridPane.setValignment(layers, javafx.geometry.VPos.CENTER);
        SettingsGrid.row(grid, row++, text.getString("network.hiddenActivation"), hiddenAct);
        SettingsGrid.row(grid, row++, text.getString("network.outputActivation"), outputAct);
        SettingsGrid.row(grid, row++, text.getString("network.loss"), loss);
        SettingsGrid.row(grid, row++, text.getString("network.optimizer"), optimizer);
        Label momentumCaption = SettingsGrid.row(grid, row++, text.getString("network.momentum"), momentum);
        SettingsGrid.row(grid, row++, text.getString("network.learningRate"), rate);
        SettingsGrid.row(grid, row++, text.getString("network.regularization"), reg);
        SettingsGrid.row(grid, row++, text.getString("network.regularizationRate"), regRate);
        SettingsGrid.row(grid, row++, text.getString("network.initializer"), init);
        SettingsGrid.row(grid, row++, text.getString("network.seed"), seed);
        for (var n : List.of(momentumCaption, momentum)) {
            n.visibleProperty().bind(model.optimizerProperty().isEqualTo(OptimizerType.MOMENTUM));
            n.managedProperty().bind(n.visibleProperty());
        }

        Label featuresTitle = new Label(text.getString("network.features"));
        featuresTitle.getStyleClass().add("setting-caption");
        FlowPane featureChips = featureChips();
        VBox features = new VBox(featuresTitle, featureChips);
        features.getStyleClass().add("features");
        Runnable planar = () -> {
            features.setVisible(model.isPlanar());
            features.setManaged(model.isPlanar());
        };
        planar.run();
        model.datasetProperty().addListener(o -> planar.run());
        model.snapshotProperty().addListener((o, a, b) -> {
            if (a == null || b.shape().inputs() != a.shape().inputs()) {
                planar.run();
            }
        });
        getChildren().addAll(title, grid, features);
    }

    private HBox layersLine() {
        Button less = new Button(null, new FontIcon(MaterialDesignM.MINUS));
        less.setId("remove-layer");
        less.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        less.setTooltip(new Tooltip(text.getString("network.layers.remove")));
        less.setAccessibleText(text.getString("network.layers.remove"));
        less.setOnAction(e -> model.removeHiddenLayer());
        Button more = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        more.setId("add-layer");
        more.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        more.setTooltip(new Tooltip(text.getString("network.layers.add")));
        more.setAccessibleText(text.getString("network.layers.add"));
        more.setOnAction(e -> model.addHiddenLayer());
        layerCount.getStyleClass().add("setting-value");
        Runnable update = () -> {
            int n = model.hiddenUnits().size();
            layerCount.setText(Messages.format(text, "network.layers.value", n,
                    String.join("-", model.hiddenUnits().stream().map(String::valueOf).toList())));
            less.setDisable(n == 0);
            more.setDisable(n >= StudioModel.MAX_HIDDEN_LAYERS);
        };
        update.run();
        model.hiddenUnits().addListener((ListChangeListener<Integer>) c -> update.run());
        HBox line = new HBox(less, layerCount, more);
        line.getStyleClass().add("layers-line");
        return line;
    }

    private FlowPane featureChips() {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("feature-chips");
        for (Feature f : Feature.values()) {
            ToggleButton chip = new ToggleButton(text.getString("feature." + f.name().toLowerCase(java.util.Locale.ROOT)));
            chip.setUserData(f);
            chip.setId("feature-" + f.name().toLowerCase(java.util.Locale.ROOT));
            chip.getStyleClass().addAll("feature-chip", Styles.SMALL);
            chip.setTooltip(new Tooltip(text.getString("network.features.help")));
            chip.setOnAction(e -> applyChips());
            chips.add(chip);
            pane.getChildren().add(chip);
        }
        showFeatures();
        model.features().addListener((ListChangeListener<Feature>) c -> showFeatures());
        return pane;
    }

    private void applyChips() {
        List<Feature> on = new ArrayList<>();
        for (ToggleButton c : chips) {
            if (c.isSelected()) {
                on.add((Feature) c.getUserData());
            }
        }
        if (on.isEmpty()) {
            showFeatures(); // at least one input stays
        } else if (!on.equals(model.features())) {
            model.features().setAll(on);
        }
    }

    private void showFeatures() {
        for (ToggleButton c : chips) {
            c.setSelected(model.features().contains((Feature) c.getUserData()));
            c.setDisable(c.isSelected() && model.features().size() == 1);
        }
    }

    private void help(ComboBox<?> box, String key) {
        Tooltip t = new Tooltip(text.getString(key));
        t.setWrapText(true);
        t.getStyleClass().add("setting-help");
        box.setTooltip(t);
    }

    private <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> key) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        box.getStyleClass().add(Styles.SMALL);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.getString(key.apply(t));
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
