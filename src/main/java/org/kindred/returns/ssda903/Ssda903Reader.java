package org.kindred.returns.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;

/**
 * Reads an SSDA903 (children looked after) return: either a directory of the DfE's CSV files or the
 * "Expanded SSDA903 Return" XML file (see {@link Ssda903XmlReader}). A CSV file is recognised by its header
 * columns, as the DfE's reference validator does, so its name does not matter; where two files carry the same table,
 * the one with the usual name (e.g. {@code episodes.csv}) wins and any other is ignored.
 * Cells are read as the reference validator reads them: an empty field is missing (null) and text is upper-cased.
 * Header gets the derived UASC column ("1" when the child is in the UASC table, else "0") when both are present.
 */
public final class Ssda903Reader {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private Ssda903Reader() {
    }

    /** This year's return, from a directory of CSV files or an XML file. */
    public static ReturnData read(Path input) { return read(input, null); }

    /**
     * This year's return and, when {@code last} is not null, the previous year's return as
     * {@code <Table>_last} tables. Metadata carries only the file format ("csv" or "xml").
     */
    public static ReturnData read(Path input, Path last) {
        Map<String, Table> tables = new LinkedHashMap<>(readTables(input));
        if (last != null) {
            readTables(last).forEach((name, t) -> tables.put(name + "_last",
                    new Table(name + "_last", t.columns(), rows(t))));
        }
        Map<String, String> children = new java.util.HashMap<>();
        for (Table t : tables.values()) {
            t.shareCells("CHILD", children);
        }
        return new ReturnData(tables, new Metadata(null, null, null, null, null, isXml(input) ? "xml" : "csv"));
    }

    /** The tables of one year's return, by name (Header, Episodes, ...). */
    public static Map<String, Table> readTables(Path input) {
        if (!Files.exists(input)) {
            throw new ReturnFileException(input.toString(), 0, 0, "no such file or directory");
        }
        if (Files.isDirectory(input)) {
            return readCsvDirectory(input);
        }
        if (isXml(input)) {
            return Ssda903XmlReader.read(input);
        }
        if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return readCsvFiles(List.of(input));
        }
        throw new ReturnFileException(input.toString(), 0, 0,
                "not an SSDA903 return: give a directory of CSV files or an .xml file");
    }

    private static boolean isXml(Path input) {
        return !Files.isDirectory(input) && input.getFileName() != null
                && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static Map<String, Table> readCsvDirectory(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    // files with the usual names first, so they win over copies under other names
                    .sorted(Comparator.comparing((Path p) -> !usualName(p)).thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ReturnFileException(dir.toString(), 0, 0, "cannot list directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ReturnFileException(dir.toString(), 0, 0, "no SSDA903 CSV files in this directory");
        }
        return readCsvFiles(files);
    }

    private static boolean usualName(Path p) {
        return Ssda903Tables.FILE_NAMES.containsKey(p.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Table> readCsvFiles(List<Path> files) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table t : readAll(files)) {
            tables.putIfAbsent(t.name(), t);
        }
        addUascColumn(tables);
        return tables;
    }

    /**
     * The files read on as many threads as there are processors (a national return's episodes and reviews take
     * seconds each), in the order given; the first unreadable file's error is thrown, as reading in turn would.
     */
    private static List<Table> readAll(List<Path> files) {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return files.stream().map(Ssda903Reader::readCsv).toList();
        }
        java.util.concurrent.ExecutorService pool = org.kindred.returns.validation.DaemonPool.of("returns-reader", threads);
        try {
            // Largest first, so that the big tables do not end up on one thread.
            List<Path> bySize = new ArrayList<>(files);
            bySize.sort(Comparator.comparingLong(Ssda903Reader::sizeOf).reversed());
            Map<Path, java.util.concurrent.Future<Table>> reading = new java.util.HashMap<>();
            for (Path f : bySize) {
                reading.put(f, pool.submit(() -> readCsv(f)));
            }
            List<Table> tables = new ArrayList<>();
            for (Path f : files) {
                tables.add(reading.get(f).get());
            }
            return tables;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + files, e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * One CSV file as the table its header columns identify. A file without quotes or lone carriage returns (the
     * usual case) is split by hand, three times quicker than the CSV library on a national return; any other file
     * goes through the library. Both give the same cells and the same errors.
     */
    static Table readCsv(Path file) {
        String where = file.toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (AsciiCsv.fits(bytes, org.kindred.returns.validation.Utf8Text.MAX_LINE_BYTES)) {
                return readAscii(where, file, bytes);
            }
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Said precisely (line, byte offset, UTF-16) by the streaming check; the fast decode only detects it.
            org.kindred.returns.validation.Utf8Text.check(file);
            throw new ReturnFileException(where, 0, 0, "not UTF-8 text; save the file as UTF-8 CSV");
        } catch (IOException e) {
            throw new ReturnFileException(where, 0, 0, "cannot read file: " + e.getMessage());
        }
        if (text.indexOf('\0') >= 0 || longestLine(text) >= org.kindred.returns.validation.Utf8Text.MAX_LINE_BYTES) {
            org.kindred.returns.validation.Utf8Text.check(file); // names the NUL byte or the long line, and throws
        }
        if (text.indexOf('"') >= 0 || loneCarriageReturn(text)) {
            return readCsvWithLibrary(file);
        }
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> distinct = new java.util.HashMap<>();
        int line = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            end = end < 0 ? text.length() : end;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            line++;
            if (end > start) {
                List<String> fields = split(text, start, end);
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : fields) {
                        header.add(h.replace("\uFEFF", "").trim());
                    }
                    checkHeader(where, file, header);
                } else {
                    if (fields.size() > header.size()) {
                        throw new ReturnFileException(where, line, header.size() + 1,
                                "row has " + fields.size() + " fields but the header has " + header.size());
                    }
                    List<String> cells = new ArrayList<>(header.size());
                    for (int i = 0; i < header.size(); i++) {
                        cells.add(i < fields.size() ? distinct(distinct, cell(fields.get(i))) : null);
                    }
                    rows.add(cells);
                }
            }
            start = next;
        }
        if (header == null) {
            throw new ReturnFileException(where, 1, 1, "empty file: no header row");
        }
        return new Table(Ssda903Tables.tableFor(header), header, rows);
    }

    /** The usual file (plain ASCII, no quotes) split from its bytes: {@link AsciiCsv}. */
    private static Table readAscii(String where, Path file, byte[] bytes) {
        AsciiCsv.Split split;
        try {
            split = AsciiCsv.split(bytes, header -> checkHeader(where, file, header));
        } catch (AsciiCsv.TooWide w) {
            throw new ReturnFileException(where, w.line, w.width + 1,
                    "row has " + w.fields + " fields but the header has " + w.width);
        }
        if (split == null) {
            throw new ReturnFileException(where, 1, 1, "empty file: no header row");
        }
        return Table.ofColumns(Ssda903Tables.tableFor(split.header()), split.header(), split.byColumn());
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            longest = Math.max(longest, end - start);
        }
        return longest;
    }

    private static boolean loneCarriageReturn(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String text, int start, int end) {
        List<String> fields = new ArrayList<>(16);
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ',') {
                fields.add(text.substring(from, i));
                from = i + 1;
            }
        }
        return fields;
    }

    /** The same as {@link #readCsv}, through the CSV library (quoted fields, lone carriage returns). */
    static Table readCsvWithLibrary(Path file) {
        String where = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSV.parse(in)) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            // One String per distinct cell text: a return repeats the same codes and dates hundreds of thousands of
            // times, so this halves the memory a national return takes, and each text's hash is computed once.
            Map<String, String> distinct = new java.util.HashMap<>();
            long lineBefore = 0;
            try {
                for (CSVRecord record : parser) {
                    long line = lineBefore + 1;
                    lineBefore = parser.getCurrentLineNumber();
                    if (header == null) {
                        header = header(record);
                        checkHeader(where, file, header);
                        continue;
                    }
                    if (record.size() > header.size()) {
                        throw new ReturnFileException(where, (int) line, header.size() + 1,
                                "row has " + record.size() + " fields but the header has " + header.size());
                    }
                    List<String> cells = new ArrayList<>(header.size());
                    for (int i = 0; i < header.size(); i++) {
                        cells.add(i < record.size() ? distinct(distinct, cell(record.get(i))) : null);
                    }
                    rows.add(cells);
                }
            } catch (UncheckedIOException e) {
                throw new ReturnFileException(where, (int) parser.getCurrentLineNumber() + 1, 0,
                        "malformed CSV: " + e.getCause().getMessage());
            }
            if (header == null) {
                throw new ReturnFileException(where, 1, 1, "empty file: no header row");
            }
            String name = Ssda903Tables.tableFor(header);
            return new Table(name, header, rows);
        } catch (CharacterCodingException e) {
            throw new ReturnFileException(where, 0, 0, "not UTF-8 text; save the file as UTF-8 CSV");
        } catch (IOException e) {
            throw new ReturnFileException(where, 0, 0, "cannot read file: " + e.getMessage());
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>();
        for (String h : record) {
            header.add(h.replace("\uFEFF", "").trim());
        }
        return header;
    }

    /** The header must be exactly one table's columns; otherwise say which columns are wrong and where. */
    private static void checkHeader(String where, Path file, List<String> header) {
        if (Ssda903Tables.tableFor(header) != null) {
            return;
        }
        String expectedTable = Ssda903Tables.FILE_NAMES.get(file.getFileName().toString().toLowerCase(Locale.ROOT));
        if (expectedTable == null) {
            expectedTable = closestTable(header);
        }
        List<String> expected = Ssda903Tables.COLUMNS.get(expectedTable);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (!expected.contains(h)) {
                throw new ReturnFileException(where, 1, i + 1, "unknown column '" + h + "' for table " + expectedTable
                        + " (expected " + String.join(",", expected) + ")");
            }
            if (!seen.add(h)) {
                throw new ReturnFileException(where, 1, i + 1, "duplicate column '" + h + "'");
            }
        }
        List<String> missing = expected.stream().filter(c -> !header.contains(c)).toList();
        throw new ReturnFileException(where, 1, header.size() + 1, "missing column(s) " + String.join(",", missing)
                + " for table " + expectedTable);
    }

    /** The table sharing the most columns with the header, to explain a near miss. */
    private static String closestTable(List<String> header) {
        String best = "Header";
        long bestScore = -1;
        for (var e : Ssda903Tables.COLUMNS.entrySet()) {
            long score = e.getValue().stream().filter(header::contains).count() * 2 - e.getValue().size();
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static String distinct(Map<String, String> distinct, String cell) {
        if (cell == null || distinct.size() > 2_000_000) {
            return cell;
        }
        String known = distinct.putIfAbsent(cell, cell);
        return known == null ? cell : known;
    }

    private static String cell(String raw) {
        return raw == null || raw.isEmpty() ? null : raw.toUpperCase(Locale.ROOT);
    }

    /** As the reference validator does: Header.UASC is "1" for children in the UASC table, else "0". */
    private static void addUascColumn(Map<String, Table> tables) {
        Table header = tables.get("Header");
        Table uasc = tables.get("UASC");
        if (header == null || uasc == null || header.hasColumn("UASC")) {
            return;
        }
        Set<String> uascChildren = new HashSet<>();
        for (int r = 0; r < uasc.size(); r++) {
            uascChildren.add(uasc.get(r, "CHILD"));
        }
        List<String> columns = new ArrayList<>(header.columns());
        columns.add("UASC");
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < header.size(); r++) {
            List<String> row = new ArrayList<>(header.rawRow(r));
            while (row.size() < header.columns().size()) {
                row.add(null);
            }
            row.add(uascChildren.contains(header.get(r, "CHILD")) ? "1" : "0");
            rows.add(row);
        }
        tables.put("Header", new Table("Header", columns, rows));
    }

    private static List<List<String>> rows(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            rows.add(t.rawRow(r));
        }
        return rows;
    }
}
