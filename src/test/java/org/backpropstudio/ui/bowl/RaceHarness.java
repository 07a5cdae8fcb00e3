package org.backpropstudio.ui.bowl;

import java.util.Locale;
import java.util.ResourceBundle;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.surface.OptimizerRace;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.Presets;

/**
 * A window with the race panel alone, to look at it before the bowl window exists: races a preset
 * on two parameters. Arguments: preset (default line-bowl), x and y parameter names (default
 * w:0:0:0 and b:0:0), language (en or ko). Run from the test classes, e.g.
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.backpropstudio.ui.bowl.RaceHarness$Main line-bowl}.
 */
public final class RaceHarness extends Application {
    private RaceModel model;
    private FrameLoop loop;

    @Override
    public void start(Stage stage) {
        java.util.List<String> args = getParameters().getRaw();
        String preset = args.size() > 0 ? args.get(0) : "line-bowl";
        String x = args.size() > 1 ? args.get(1) : "w:0:0:0";
        String y = args.size() > 2 ? args.get(2) : "b:0:0";
        Locale language = args.size() > 3 ? Locale.forLanguageTag(args.get(3)) : Locale.ROOT;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle text = Messages.bundle(language);
        Experiment e = Presets.get(preset);
        Network net = e.buildNetwork();
        model = new RaceModel(text);
        RacePanel panel = new RacePanel(model, text);
        Scene scene = new Scene(panel, 900, 560);
        scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
        if (language.getLanguage().equals("ko")) {
            scene.getStylesheets().add(StudioApp.class.getResource("studio_ko.css").toExternalForm());
        }
        stage.setTitle(text.getString("race.title") + " \u2013 " + preset);
        stage.setScene(scene);
        stage.show();
        loop = new FrameLoop();
        loop.add(panel::onFrame);
        loop.start();
        long t0 = System.nanoTime();
        OptimizerRace race = new OptimizerRace(net, e.loss(), e.train(), ParameterName.parse(x, net), ParameterName.parse(y, net));
        model.setStart(race, e.optimizer().learningRate());
        model.resultProperty().addListener(o -> System.out.printf(Locale.ROOT, "race shown after %.1f ms%n", (System.nanoTime() - t0) / 1e6));
    }

    @Override
    public void stop() {
        loop.stop();
        model.close();
    }

    /** The entry point (a class that extends Application cannot be the main class on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(RaceHarness.class, args);
        }
    }
}
