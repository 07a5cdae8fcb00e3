package org.backpropstudio.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.backpropstudio.engine.Network;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.network.NetworkCanvas;

/** The studio window. For now: the network of the default experiment, drawn on a canvas. */
public final class StudioApp extends Application {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    /** Opens the app and returns when its last window is closed. */
    public static void launchApp(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle text = Messages.bundle();
        Network network = DefaultExperiment.network();

        Label heading = new Label(text.getString("network.heading"));
        heading.getStyleClass().add("heading");
        Label summary = new Label(Messages.describe(text, network, DefaultExperiment.SEED));
        summary.getStyleClass().add("summary");
        VBox header = new VBox(heading, summary);
        header.getStyleClass().add("header");

        NetworkCanvas canvas = new NetworkCanvas(text);
        canvas.setNetwork(network);

        BorderPane root = new BorderPane(canvas);
        root.setTop(header);
        root.getStyleClass().add("studio");

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().addAll(stylesheets(text.getLocale()));
        stage.setTitle(text.getString("app.title"));
        stage.setScene(scene);
        stage.show();
    }

    /** The app's stylesheet, then the one for the UI language if there is one (e.g. {@code studio_ko.css}). */
    static List<String> stylesheets(Locale language) {
        List<String> sheets = new ArrayList<>();
        sheets.add(Objects.requireNonNull(StudioApp.class.getResource("studio.css"), "studio.css").toExternalForm());
        URL own = language.getLanguage().isEmpty() ? null
                : StudioApp.class.getResource("studio_" + language.getLanguage() + ".css");
        if (own != null) {
            sheets.add(own.toExternalForm());
        }
        return sheets;
    }
}
