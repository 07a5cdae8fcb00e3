package org.backpropstudio.ui.bowl;

import java.util.List;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;

/**
 * What to slice, as the FX thread hands it to {@link BowlService}: immutable, or owned by the
 * request from now on (the network is a fresh copy; the path's vectors and the data are never
 * changed by anyone).
 *
 * @param version  the model's version (see {@link BowlModel#getVersion()})
 * @param mode     the kind of plane
 * @param step     the step of {@code network}
 * @param network  the network at its current parameters
 * @param loss     the loss function
 * @param data     the training set the network sees (features applied)
 * @param x        for a plane of parameters: the one along x
 * @param y        and along y
 * @param grid     grid side
 * @param window   for a plane of parameters: the square to sample; for directions: the window before, or null
 * @param minSpan  for directions: the smallest half-width
 * @param path     for directions: the path's parameter vectors, oldest first, current last
 * @param seed     for random directions: the seed of the directions
 */
public record BowlRequest(long version, BowlMode mode, long step, Network network, Loss loss, Dataset data,
                          ParameterName x, ParameterName y, int grid, SliceWindow window, double minSpan,
                          List<double[]> path, long seed) {
}
