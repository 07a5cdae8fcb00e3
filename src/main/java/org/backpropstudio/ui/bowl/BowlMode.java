package org.backpropstudio.ui.bowl;

/** What the bowl's plane is spanned by. */
public enum BowlMode {
    /** Two of the network's parameters, every other one at its current value. */
    PARAMETERS,
    /** Two random directions in parameter space, each unit's part scaled to that unit's weights (filter-normalised). */
    RANDOM_DIRECTIONS,
    /** The two principal components of the recent trajectory: the plane the optimizer moved in most. */
    PRINCIPAL_DIRECTIONS;

    /** Whether the plane is spanned by directions rather than two parameters. */
    public boolean directions() {
        return this != PARAMETERS;
    }

    /** Key of the mode's name in the message bundle. */
    public String key() {
        return switch (this) {
            case PARAMETERS -> "bowl.mode.parameters";
            case RANDOM_DIRECTIONS -> "bowl.mode.random";
            case PRINCIPAL_DIRECTIONS -> "bowl.mode.principal";
        };
    }
}
