package org.kindred.returns.imports;

/** A child's episodes that Kindred cannot record as the file has them: the line and column at fault. */
class HistoryProblem extends Exception {
    private final int line;
    private final String column;

    HistoryProblem(int line, String column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() { return line; }

    String column() { return column; }
}
