package org.kindred.returns.imports;

/** A row of a past return that could not be imported, with where it is: file, line (1 = the header) and column. */
public record ImportProblem(String file, int line, String column, String message) {
    public String describe() {
        return file + ":" + line + (column == null ? "" : ":" + column) + ": " + message;
    }
}
