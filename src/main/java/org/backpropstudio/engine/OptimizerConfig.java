package org.backpropstudio.engine;

/**
 * An optimizer's settings. {@code momentum} is used by {@link OptimizerType#MOMENTUM};
 * {@code beta1}, {@code beta2}, {@code epsilon} by {@link OptimizerType#ADAM}.
 */
public record OptimizerConfig(OptimizerType type, double learningRate, double momentum,
                              double beta1, double beta2, double epsilon) {

    public static final double DEFAULT_MOMENTUM = 0.9;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    public OptimizerConfig {
        if (type == null) {
            throw new IllegalArgumentException("optimizer type is missing");
        }
        check("learningRate", learningRate, learningRate > 0, "greater than 0");
        check("momentum", momentum, momentum >= 0 && momentum < 1, "in [0, 1)");
        check("beta1", beta1, beta1 >= 0 && beta1 < 1, "in [0, 1)");
        check("beta2", beta2, beta2 >= 0 && beta2 < 1, "in [0, 1)");
        check("epsilon", epsilon, epsilon > 0, "greater than 0");
    }

    private static void check(String name, double v, boolean ok, String rule) {
        if (!Double.isFinite(v) || !ok) {
            throw new IllegalArgumentException(name + " must be " + rule + ", got " + v);
        }
    }

    public static OptimizerConfig sgd(double learningRate) {
        return new OptimizerConfig(OptimizerType.SGD, learningRate, DEFAULT_MOMENTUM, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public static OptimizerConfig momentum(double learningRate, double momentum) {
        return new OptimizerConfig(OptimizerType.MOMENTUM, learningRate, momentum, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public static OptimizerConfig adam(double learningRate) {
        return new OptimizerConfig(OptimizerType.ADAM, learningRate, DEFAULT_MOMENTUM, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public OptimizerConfig withLearningRate(double eta) {
        return new OptimizerConfig(type, eta, momentum, beta1, beta2, epsilon);
    }
}
