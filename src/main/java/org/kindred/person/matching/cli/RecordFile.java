package org.kindred.person.matching.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.person.matching.PersonRecord;

/**
 * The people in one input file. A malformed row (wrong field count, bad date, repeated id) is
 * reported on stderr as FILE:LINE: reason, skipped and counted.
 */
record RecordFile(Path path, List<PersonRecord> people, Map<String, String> entityOf, int malformed) {

    static RecordFile read(Path path, RecordFormat format, PrintWriter err) throws IOException {
        List<PersonRecord> people = new ArrayList<>();
        Map<String, String> entityOf = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int malformed = 0;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            in.readLine();
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    LabelledRecord labelled = format.parse(CsvLine.split(line));
                    if (!ids.add(labelled.person().id())) {
                        throw new MalformedRowException("repeated id " + labelled.person().id());
                    }
                    people.add(labelled.person());
                    if (labelled.entity() != null) {
                        entityOf.put(labelled.person().id(), labelled.entity());
                    }
                } catch (MalformedRowException e) {
                    malformed++;
                    err.printf("%s:%d: skipped: %s%n", path, lineNumber, e.getMessage());
                }
            }
        }
        return new RecordFile(path, people, entityOf, malformed);
    }
}
