package org.backpropstudio.ui.studio;

import java.util.List;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Feature;
import org.backpropstudio.data.Generators;

/**
 * The studio's data: the generator's settings (kind, noise, test share, count, data seed), the
 * training and test points they produced or the learner drew or a file brought, and the input
 * features that turn two-input points into the network's inputs. It owns no session: it changes
 * the points when told and {@link StudioModel} hands the result to the training thread. Only the
 * FX thread uses it.
 */
final class StudioData {

    private final StringProperty dataset;
    private final DoubleProperty noise;
    private final DoubleProperty testFraction;
    private final IntegerProperty count;
    private final LongProperty dataSeed;
    private final ObservableList<Feature> features = FXCollections.observableArrayList(Feature.RAW);

    /** The data as points (x1, x2) or (x) before features are applied. */
    private Dataset trainPoints;
    private Dataset testPoints;

    /** Settings named as properties of {@code bean} (the model the views see). */
    StudioData(Object bean) {
        dataset = new SimpleStringProperty(bean, "dataset", "circle");
        noise = new SimpleDoubleProperty(bean, "noise", 0.1);
        testFraction = new SimpleDoubleProperty(bean, "testFraction", 0.5);
        count = new SimpleIntegerProperty(bean, "count", 400);
        dataSeed = new SimpleLongProperty(bean, "dataSeed", 7);
    }

    StringProperty dataset() { return dataset; }
    DoubleProperty noise() { return noise; }
    DoubleProperty testFraction() { return testFraction; }
    IntegerProperty count() { return count; }
    LongProperty dataSeed() { return dataSeed; }
    ObservableList<Feature> features() { return features; }

    Dataset trainPoints() { return trainPoints; }
    Dataset testPoints() { return testPoints; }

    /** Whether the points are drawn or loaded rather than generated from the settings. */
    boolean isCustom() { return StudioModel.CUSTOM_DATA.equals(dataset.get()); }

    boolean isPlanar() { return trainPoints.inputs() == 2; }

    /** Whether the targets are classes 0 and 1: the generator's kind says, else the points do. */
    boolean isClassification() {
        return !isCustom() ? Generators.isClassification(dataset.get()) : looksBinary(trainPoints);
    }

    /** The features the network sees (empty for one-input data). */
    List<Feature> activeFeatures() { return isPlanar() ? List.copyOf(features) : List.of(); }

    /** New points from the generator's settings; custom points stay as they are. */
    void generate() {
        if (isCustom()) {
            return;
        }
        Generators.Split split = Generators.generate(dataset.get(), count.get(), noise.get(), testFraction.get(), dataSeed.get());
        trainPoints = split.train();
        testPoints = split.test();
    }

    /** Takes the points of a file (the caller sets the settings that go with them). */
    void setPoints(Dataset train, Dataset test) {
        trainPoints = train;
        testPoints = test;
    }

    void addPoint(double[] x, double y) {
        trainPoints = trainPoints.with(x, new double[] {y});
    }

    /** The index of the training point nearest to x within {@code radius}, or -1 for none. */
    int nearestPoint(double[] x, double radius) {
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < trainPoints.size(); i++) {
            double d = 0;
            for (int k = 0; k < x.length; k++) {
                double e = trainPoints.x(i, k) - x[k];
                d += e * e;
            }
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Removes training point {@code index} unless it is out of range or the last one; returns whether it did. */
    boolean removePoint(int index) {
        if (index < 0 || index >= trainPoints.size() || trainPoints.size() == 1) {
            return false;
        }
        trainPoints = trainPoints.without(index);
        return true;
    }

    /** The training points as the network sees them (after the features). */
    Dataset trainSet() { return withFeatures(trainPoints); }

    /** The test points as the network sees them. */
    Dataset testSet() { return withFeatures(testPoints); }

    private Dataset withFeatures(Dataset points) {
        return points.inputs() == 2 ? Feature.transform(List.copyOf(features), points) : points;
    }

    private static boolean looksBinary(Dataset d) {
        for (int i = 0; i < d.size(); i++) {
            double y = d.y(i, 0);
            if (y != 0 && y != 1) {
                return false;
            }
        }
        return d.outputs() == 1;
    }
}
