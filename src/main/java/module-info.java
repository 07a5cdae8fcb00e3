/** Backprop Studio: a desktop app that makes backpropagation visible. */
module org.backpropstudio {
    requires javafx.controls;
    requires com.fasterxml.jackson.databind;
    requires java.desktop;
    requires java.logging;
    requires java.xml; // GIF metadata trees (io/AnimatedGif)
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;

    exports org.backpropstudio;
    exports org.backpropstudio.engine;
    exports org.backpropstudio.data;
    exports org.backpropstudio.session;
    exports org.backpropstudio.io;
    exports org.backpropstudio.cli;
    exports org.backpropstudio.surface;

    // JavaFX constructs the Application subclass reflectively
    exports org.backpropstudio.ui to javafx.graphics;
}
