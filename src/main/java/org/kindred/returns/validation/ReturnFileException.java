package org.kindred.returns.validation;

/**
 * A return file that cannot be read as a return at all (missing, wrong columns, fails its schema):
 * reported with the file, line and column so the data team can find it. Line and column are 0 when unknown.
 */
public class ReturnFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public ReturnFileException(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() { return file; }

    public int line() { return line; }

    public int column() { return column; }

    /** "file:line:column: message", the form editors and terminals understand. */
    public String describe() { return file + ":" + line + ":" + column + ": " + getMessage(); }
}
