package org.kindred.person.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the simple comma-separated reference tables under shared/matching (no quoted fields). */
final class DataFiles {

    private DataFiles() {
    }

    /** Rows after the header, fields trimmed. */
    static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] fields = line.split(",", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip().replace("\"", "");
                }
                rows.add(fields);
            }
        }
        return rows;
    }
}
