package org.backpropstudio.ui.network;

import org.backpropstudio.engine.ParameterName;

/**
 * What a point of the diagram is over: a bias badge, a unit or an edge, found by geometry
 * alone (no nodes per edge). Badges win over units, units over edges; among edges the nearest
 * one within reach wins.
 */
public final class DiagramHits {

    /** The kinds of things on the diagram. */
    public enum Kind { UNIT, EDGE, BIAS }

    /**
     * One thing on the diagram.
     *
     * @param kind   unit, edge or bias
     * @param column the column of the unit, of the bias's unit, or of the edge's end (the
     *               layer the weight belongs to is {@code column - 1})
     * @param unit   the unit (for an edge: the unit the edge goes into)
     * @param from   for an edge, the unit of the column before it comes from; else -1
     */
    public record Target(Kind kind, int column, int unit, int from) {

        public static Target unit(int column, int unit) {
            return new Target(Kind.UNIT, column, unit, -1);
        }

        public static Target edge(int column, int unit, int from) {
            return new Target(Kind.EDGE, column, unit, from);
        }

        public static Target bias(int column, int unit) {
            return new Target(Kind.BIAS, column, unit, -1);
        }

        /** The layer with weights this belongs to (column - 1); -1 for an input unit. */
        public int layer() {
            return column - 1;
        }

        /** Whether this is a weight or a bias, which a learner may edit. */
        public boolean isParameter() {
            return kind != Kind.UNIT;
        }

        /** The parameter's public name; only for edges and biases. */
        public ParameterName parameter() {
            switch (kind) {
                case EDGE: return ParameterName.weight(column - 1, unit, from);
                case BIAS: return ParameterName.bias(column - 1, unit);
                default: throw new IllegalStateException("a unit is not a parameter");
            }
        }
    }

    private DiagramHits() {
    }

    /** How far from an edge's centre line a point still hits it, in em. */
    public static final double EDGE_REACH_EM = 0.45;

    /** The thing under (px, py), or null if there is none. */
    public static Target hit(DiagramLayout layout, double px, double py) {
        double slack = Math.min(2, layout.radius() * 0.2);
        for (int c = 1; c < layout.columns(); c++) {
            for (int j = 0; j < layout.units(c); j++) {
                if (layout.inBias(c, j, px, py, slack)) {
                    return Target.bias(c, j);
                }
            }
        }
        for (int c = 0; c < layout.columns(); c++) {
            for (int j = 0; j < layout.units(c); j++) {
                if (layout.inUnit(c, j, px, py, slack)) {
                    return Target.unit(c, j);
                }
            }
        }
        return nearestEdge(layout, px, py, layout.em() * EDGE_REACH_EM);
    }

    /** The edge nearest to (px, py) no farther than {@code reach}, or null. */
    public static Target nearestEdge(DiagramLayout layout, double px, double py, double reach) {
        Target best = null;
        double bestD = reach;
        for (int c = 1; c < layout.columns(); c++) {
            double x0 = layout.x(c - 1);
            double x1 = layout.x(c);
            if (px < x0 - reach || px > x1 + reach) {
                continue; // edges of this strip cannot be within reach
            }
            for (int j = 0; j < layout.units(c); j++) {
                for (int k = 0; k < layout.units(c - 1); k++) {
                    double d = distanceToSegment(px, py, x0, layout.y(c - 1, k), x1, layout.y(c, j));
                    if (d <= bestD) {
                        bestD = d;
                        best = Target.edge(c, j, k);
                    }
                }
            }
        }
        return best;
    }

    /** Distance from point p to the segment from a to b. */
    public static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return Math.sqrt(ex * ex + ey * ey);
    }
}
