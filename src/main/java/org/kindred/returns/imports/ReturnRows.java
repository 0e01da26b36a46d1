package org.kindred.returns.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.Table;

/** Where a row of a return came from, for messages an analyst can act on: the file and its line (1 = header). */
final class ReturnRows {
    private final Path input;
    private final Map<String, String> fileNames;

    /** @param fileNames the usual file name of each table (for a directory of CSV files) */
    ReturnRows(Path input, Map<String, String> fileNames) {
        this.input = input;
        this.fileNames = fileNames;
    }

    String file(Table table) {
        if (!Files.isDirectory(input)) return input + "#" + table.name();
        return fileNames.entrySet().stream().filter(e -> e.getValue().equals(table.name()))
                .map(e -> input.resolve(e.getKey())).filter(Files::exists).findFirst()
                .orElse(input.resolve(table.name())).toString();
    }

    /** The line of a CSV row (row 0 is line 2, after the header); for XML the row's position, from 1. */
    int line(int row) { return Files.isDirectory(input) ? row + 2 : row + 1; }

    ImportProblem problem(Table table, int row, String column, String message) {
        return new ImportProblem(file(table), line(row), column, message);
    }

    /** The cell as a date, null when blank. */
    static LocalDate date(Table table, int row, String column) throws HistoryProblem {
        String cell = table.get(row, column);
        if (Cells.blank(cell)) return null;
        LocalDate d = Cells.date(cell);
        if (d == null) throw new HistoryProblem(row, column, "\"" + cell + "\" is not a date (dd/mm/yyyy)");
        return d;
    }

    static String text(Table table, int row, String column) {
        String cell = table.get(row, column);
        return Cells.blank(cell) ? null : cell.trim().toUpperCase();
    }
}
