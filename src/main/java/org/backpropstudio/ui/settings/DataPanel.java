package org.backpropstudio.ui.settings;

import java.util.ResourceBundle;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import org.backpropstudio.data.Generators;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.SettingRules;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The data panel: a data set picked from thumbnails, the noise and the share kept for testing
 * (sliders, so they cannot be wrong), new points from the next seed, and the batch size.
 */
public final class DataPanel extends VBox {
    private final ToggleGroup kinds = new ToggleGroup();

    public DataPanel(StudioModel model, ResourceBundle text) {
        getStyleClass().addAll("settings-panel", "data-panel");
        Label title = new Label(text.getString("data.title"));
        title.getStyleClass().add("panel-title");

        TilePane thumbnails = new TilePane();
        thumbnails.getStyleClass().add("dataset-tiles");
        for (String name : Generators.names()) {
            ToggleButton b = new ToggleButton();
            b.setGraphic(new DatasetThumbnail(name));
            b.setUserData(name);
            b.setId("dataset-" + name);
            b.getStyleClass().add("dataset-button");
            b.setToggleGroup(kinds);
            b.setTooltip(new Tooltip(text.getString("dataset." + name)));
            b.setAccessibleText(text.getString("dataset." + name));
            thumbnails.getChildren().add(b);
        }
        selectKind(model.datasetProperty().get());
        kinds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                // a second click on the chosen data set keeps it chosen
                if (a != null && !StudioModel.CUSTOM_DATA.equals(model.datasetProperty().get())) {
                    a.setSelected(true);
                }
            } else if (!b.getUserData().equals(model.datasetProperty().get())) {
                model.datasetProperty().set((String) b.getUserData());
            }
        });
        model.datasetProperty().addListener((o, a, b) -> selectKind(b));
        Label chosen = new Label();
        chosen.getStyleClass().add("dataset-name");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> text.getString("dataset." + model.datasetProperty().get()), model.datasetProperty()));

        Slider noise = slider(0, 0.5, model.noiseProperty().get(), 0.05);
        noise.valueProperty().addListener((o, a, b) -> {
            if (!noise.isValueChanging()) {
                model.noiseProperty().set(round(b.doubleValue(), 100));
            }
        });
        noise.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                model.noiseProperty().set(round(noise.getValue(), 100));
            }
        });
        model.noiseProperty().addListener((o, a, b) -> noise.setValue(b.doubleValue()));
        Label noiseValue = valueLabel();
        noiseValue.textProperty().bind(model.noiseProperty().asString("%.2f"));

        Slider test = slider(0.1, 0.9, model.testFractionProperty().get(), 0.1);
        test.setSnapToTicks(true);
        test.valueProperty().addListener((o, a, b) -> model.testFractionProperty().set(round(b.doubleValue(), 10)));
        model.testFractionProperty().addListener((o, a, b) -> test.setValue(b.doubleValue()));
        Label testValue = valueLabel();
        testValue.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format(text, "data.testFraction.value", model.testFractionProperty().get()),
                model.testFractionProperty()));

        NumberField batch = new NumberField(text, SettingRules.BATCH_SIZE, model.batchSizeProperty()::get,
                r -> model.batchSizeProperty().set((int) r.whole()), model.batchSizeProperty(), "data.batch.help");
        batch.setId("batch-size");

        Button regenerate = new Button(text.getString("data.regenerate"), new FontIcon(MaterialDesignR.REFRESH));
        regenerate.getStyleClass().add(Styles.SMALL);
        regenerate.setTooltip(new Tooltip(text.getString("data.regenerate.help")));
        regenerate.setOnAction(e -> model.regenerate());
        regenerate.disableProperty().bind(model.datasetProperty().isEqualTo(StudioModel.CUSTOM_DATA));

        GridPane grid = SettingsGrid.create();
        SettingsGrid.row(grid, 0, text.getString("data.noise"), box(noise, noiseValue));
        SettingsGrid.row(grid, 1, text.getString("data.testFraction"), box(test, testValue));
        SettingsGrid.row(grid, 2, text.getString("data.batch"), batch);
        getChildren().addAll(title, thumbnails, chosen, grid, regenerate);
    }

    private void selectKind(String name) {
        kinds.getToggles().forEach(t -> t.setSelected(name.equals(t.getUserData())));
    }

    private static Slider slider(double min, double max, double value, double tick) {
        Slider s = new Slider(min, max, value);
        s.setMajorTickUnit(tick);
        s.setBlockIncrement(tick);
        s.getStyleClass().add(Styles.SMALL);
        HBox.setHgrow(s, Priority.ALWAYS);
        return s;
    }

    private static Label valueLabel() {
        Label l = new Label();
        l.getStyleClass().add("setting-value");
        return l;
    }

    private static HBox box(Slider s, Label value) {
        HBox b = new HBox(s, value);
        b.getStyleClass().add("slider-row");
        return b;
    }

    private static double round(double v, double per) {
        return Math.round(v * per) / per;
    }
}
