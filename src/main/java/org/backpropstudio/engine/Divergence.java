package org.backpropstudio.engine;

/**
 * Why training stopped: the step that was refused (1-based, counting from the start) and a
 * sentence naming the cause, e.g. "the loss became infinite".
 */
public record Divergence(long step, String cause) {
}
