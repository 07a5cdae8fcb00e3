/** Backprop Studio: a desktop app that makes backpropagation visible. */
module org.backpropstudio {
    requires javafx.controls;
    requires com.fasterxml.jackson.databind;

    exports org.backpropstudio;
    exports org.backpropstudio.engine;
    exports org.backpropstudio.data;

    // JavaFX constructs the Application subclass reflectively
    exports org.backpropstudio.ui to javafx.graphics;
}
