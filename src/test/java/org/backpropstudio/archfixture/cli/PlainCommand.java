package org.backpropstudio.archfixture.cli;

/** Fixture for LayeringTest: a cli class that keeps the rule. */
public class PlainCommand {
    public int run() {
        return 0;
    }
}
