package org.backpropstudio;

/** Entry point: runs a command-line command, or opens the app. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Backprop Studio");
    }
}
