package org.backpropstudio.ui.math;

import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Sets lines of tokens as formulas: a grid whose middle column holds the equals signs, so that
 * they line up; left sides aligned right, right sides flowing (and wrapping) to the right;
 * titles and notes across the grid. Fonts, sizes and colours come from the style classes
 * ({@code math-var}, {@code math-sub}, {@code math-num}, {@code math-op}, {@code math-fn},
 * {@code math-title}, {@code math-note}, {@code math-eq}).
 */
final class MathTypesetter {
    private static final String THIN = "\u2009";

    private MathTypesetter() {
    }

    /** A new grid showing {@code lines}. */
    static GridPane grid(List<MathLine> lines) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("math-grid");
        ColumnConstraints left = new ColumnConstraints();
        left.setHalignment(HPos.RIGHT);
        left.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints eq = new ColumnConstraints();
        eq.setMinWidth(Region.USE_PREF_SIZE);
        eq.setHalignment(HPos.CENTER);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        right.setFillWidth(true);
        grid.getColumnConstraints().setAll(left, eq, right);
        int row = 0;
        for (MathLine line : lines) {
            switch (line.kind()) {
                case TITLE:
                    grid.add(label(line.text(), "math-title"), 0, row++, 3, 1);
                    break;
                case NOTE:
                    grid.add(label(line.text(), "math-note"), 0, row++, 3, 1);
                    break;
                case EQUATION:
                    TextFlow l = flow(line.left());
                    Text equals = new Text("=");
                    equals.getStyleClass().addAll("math-op", "math-eq");
                    TextFlow r = flow(line.right());
                    GridPane.setValignment(l, VPos.BASELINE);
                    GridPane.setValignment(equals, VPos.BASELINE);
                    GridPane.setValignment(r, VPos.BASELINE);
                    l.setMinWidth(Region.USE_PREF_SIZE);
                    r.setMinWidth(Region.USE_PREF_SIZE);
                    grid.add(l, 0, row);
                    grid.add(equals, 1, row);
                    grid.add(r, 2, row);
                    row++;
                    if (line.text() != null) {
                        Label note = label(line.text(), "math-meaning");
                        grid.add(note, 2, row++);
                    }
                    break;
                case CONTINUATION:
                    TextFlow more = flow(line.right());
                    more.getStyleClass().add("math-continued");
                    more.setMinWidth(Region.USE_PREF_SIZE);
                    grid.add(more, 2, row++);
                    break;
                default:
                    throw new AssertionError(line.kind());
            }
        }
        return grid;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        GridPane.setHalignment(l, HPos.LEFT);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A flow of text nodes for one side of an equation. */
    static TextFlow flow(List<MathToken> tokens) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add("math-flow");
        for (MathToken t : tokens) {
            f.getChildren().addAll(nodes(t));
        }
        return f;
    }

    private static List<Node> nodes(MathToken t) {
        if (t instanceof MathToken.Var v) {
            Text name = text(v.name(), "math-var");
            if (v.sub() == null) {
                return List.of(name);
            }
            return List.of(name, text(v.sub(), "math-sub"));
        }
        if (t instanceof MathToken.Num n) {
            return List.of(text(n.text(), "math-num"));
        }
        if (t instanceof MathToken.Op o) {
            return List.of(text(o.spaced() ? " " + o.symbol() + " " : o.symbol(), "math-op"));
        }
        if (t instanceof MathToken.Fn fn) {
            return List.of(text(fn.name() + THIN, "math-fn"));
        }
        throw new AssertionError(t);
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }

    /** The text of every node of a grid, row by row, as the learner reads it (for tests). */
    static String plainText(GridPane grid) {
        StringBuilder sb = new StringBuilder();
        for (Node n : grid.getChildren()) {
            if (n instanceof TextFlow f) {
                for (Node c : f.getChildren()) {
                    sb.append(((Text) c).getText());
                }
            } else if (n instanceof Text t) {
                sb.append(t.getText());
            } else if (n instanceof Label l) {
                sb.append(l.getText());
            }
            sb.append(GridPane.getColumnIndex(n) == 2 || GridPane.getColumnSpan(n) != null ? "\n" : " ");
        }
        return sb.toString();
    }
}
