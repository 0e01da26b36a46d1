package org.kindred.person.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Test-side access to the reference tables, for the synthetic register in the benchmark. */
public final class DataFilesForBench {

    private DataFilesForBench() {
    }

    /** Given-name counts split by sex: [female, male]. */
    @SuppressWarnings("unchecked")
    public static Map<String, Double>[] givenNamesBySex(Path dataDir) throws IOException {
        Map<String, Double>[] bySex = new Map[] {new HashMap<>(), new HashMap<>()};
        for (String[] row : DataFiles.rows(ReferenceFiles.directory(dataDir), "uk_names/ons_given_names_ew_1996_2024.csv")) {
            bySex["F".equals(row[0]) ? 0 : 1].merge(Names.normalise(row[1]), Double.parseDouble(row[2]), Double::sum);
        }
        return bySex;
    }

    /** Formal given name to its nicknames, from nicknames/names.csv. */
    public static Map<String, java.util.List<String>> nicknames(Path dataDir) throws IOException {
        Map<String, java.util.List<String>> nicknames = new HashMap<>();
        for (String[] row : DataFiles.rows(ReferenceFiles.directory(dataDir), "nicknames/names.csv")) {
            nicknames.computeIfAbsent(row[0], k -> new java.util.ArrayList<>()).add(row[2]);
        }
        return nicknames;
    }
}
