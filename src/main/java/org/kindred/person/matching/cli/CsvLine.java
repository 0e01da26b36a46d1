package org.kindred.person.matching.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line: fields may be quoted ("a, b"), a doubled quote inside quotes is a quote. */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedRowException("unclosed quote");
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
