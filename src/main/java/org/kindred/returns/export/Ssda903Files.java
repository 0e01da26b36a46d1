package org.kindred.returns.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kindred.returns.ssda903.Ssda903Tables;

/**
 * Writes an SSDA903 return as the DfE takes it: one CSV file per table with the specification's headers
 * (header.csv, episodes.csv, ...), and the same return as the "Expanded SSDA903" XML (CLA.xsd), whose elements
 * follow the schema's order. Every table is written, empty ones with their header only.
 */
final class Ssda903Files {
    static final String XML_FILE = "ssda903.xml";

    private Ssda903Files() {
    }

    static List<Path> write(Map<String, List<Map<String, String>>> tables, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : fileNames().entrySet()) {
                Path path = dir.resolve(file.getKey());
                List<String> columns = Ssda903Tables.COLUMNS.get(file.getValue());
                try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                    csv.printRecord(columns);
                    for (Map<String, String> row : tables.getOrDefault(file.getValue(), List.of())) {
                        List<String> cells = new ArrayList<>();
                        columns.forEach(c -> cells.add(row.get(c) == null ? "" : row.get(c)));
                        csv.printRecord(cells);
                    }
                }
                written.add(path);
            }
            Path xml = dir.resolve(XML_FILE);
            Files.writeString(xml, Ssda903Xml.of(tables), StandardCharsets.UTF_8);
            written.add(xml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SSDA903 return to " + dir, e);
        }
        return written;
    }

    /** The usual file name of each table, in the specification's order. */
    private static Map<String, String> fileNames() {
        Map<String, String> byTable = new LinkedHashMap<>();
        Ssda903Tables.FILE_NAMES.forEach((file, table) -> byTable.put(table, file));
        Map<String, String> ordered = new LinkedHashMap<>();
        Ssda903Tables.COLUMNS.keySet().forEach(t -> ordered.put(byTable.get(t), t));
        return ordered;
    }
}
