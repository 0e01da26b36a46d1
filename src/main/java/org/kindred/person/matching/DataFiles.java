package org.kindred.person.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the simple comma-separated reference tables of matching (no quoted fields). */
public final class DataFiles {

    private DataFiles() {
    }

    /** Rows after the header, fields trimmed. */
    public static List<String[]> rows(ReferenceFiles files, String relativePath) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = files.open(relativePath)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",", -1);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].strip().replace("\"", "");
                    }
                    rows.add(fields);
                }
            }
        }
        return rows;
    }
}
