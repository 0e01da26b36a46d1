package org.kindred.person.genogram;

import java.util.List;

/**
 * A laid-out genogram for server-rendered SVG: symbols at their places and the lines between them, with the same
 * people as rows for the table beside the drawing. Coordinates are SVG user units.
 */
public record Genogram(int width, int height, List<Symbol> symbols, List<Line> lines, List<Row> rows) {

    /** A person's symbol: its centre, shape (square, circle, diamond), crossed when deceased, doubled for the child. */
    public record Symbol(long id, int x, int y, int generation, String shape, boolean deceased, boolean index,
                         String name, String years) {
    }

    /** A line: partnership, parent-child (descent), step (dashed) or grandparent (dotted). */
    public record Line(int x1, int y1, int x2, int y2, String kind) {
    }

    /** The table beside the drawing: who each person is to the child. */
    public record Row(String name, String relationship, String sex, String years, String generation) {
    }

    public boolean drawn() { return !symbols.isEmpty(); }
}
