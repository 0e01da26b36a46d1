package org.kindred.returns.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;

/**
 * The Ofsted provider list the URN rules check placements against, as the reference validator's
 * {@code provider_info} table (URN, LA_NAME_FROM_FILE, PLACE_CODES, PROVIDER_CODES, REG_END, POSTCODE).
 * Reads either Ofsted's combined "social care providers and children's homes" workbook (.xlsx: the Providers sheet,
 * and the supported accommodation sheet where there is one) or a CSV file already in that shape.
 * Postcodes are upper-cased without spaces; provider codes separated by "/" are separated by ",".
 * The local authority inferred from the provider's postcode (LA_CODE_INFERRED) needs a postcode lookup Kindred
 * does not have, so it is only present when a CSV file gives it.
 */
final class ProviderListReader {
    static final List<String> COLUMNS = List.of("URN", "LA_NAME_FROM_FILE", "PLACE_CODES", "PROVIDER_CODES", "REG_END",
            "POSTCODE");
    private static final List<String> WORKBOOK_COLUMNS = List.of("urn", "local authority", "placement code",
            "placement provider code", "deregistration date", "setting address postcode");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProviderListReader() {
    }

    static Table read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReturnFileException(file.toString(), 0, 0, "no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? readWorkbook(file) : readCsv(file);
    }

    private static Table readWorkbook(Path file) {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new ReturnFileException(file.toString(), 0, 0, "the workbook has no sheets");
            }
            addSheet(file, wb.getSheetAt(0), false, rows);
            if (wb.getNumberOfSheets() > 1) {
                addSheet(file, wb.getSheetAt(1), true, rows);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReturnFileException) {
                throw (ReturnFileException) e;
            }
            throw new ReturnFileException(file.toString(), 0, 0, "cannot read the provider workbook: " + e.getMessage());
        }
        return new Table("provider_info", COLUMNS, rows);
    }

    /** One sheet; the second sheet of the combined list is supported accommodation, placement codes H5 and K3. */
    private static void addSheet(Path file, Sheet sheet, boolean supportedAccommodation, List<List<String>> into) {
        DataFormatter fmt = new DataFormatter(Locale.UK);
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        if (headerRow == null) {
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (Cell c : headerRow) {
            index.putIfAbsent(fmt.formatCellValue(c).trim().toLowerCase(Locale.ROOT), c.getColumnIndex());
        }
        if (supportedAccommodation) {
            alias(index, "provider local authority", "local authority");
            alias(index, "closed date", "deregistration date");
        }
        for (String col : WORKBOOK_COLUMNS) {
            boolean derived = supportedAccommodation && col.equals("placement code");
            if (!derived && !index.containsKey(col)) {
                throw new ReturnFileException(file.toString(), headerRow.getRowNum() + 1, 0, "sheet '" + sheet.getSheetName()
                        + "' has no column '" + col + "' (expected " + String.join(", ", WORKBOOK_COLUMNS) + ")");
            }
        }
        for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String urn = row == null ? null : cell(row, index.get("urn"), fmt);
            if (urn == null) {
                continue;
            }
            String providerCodes = cell(row, index.get("placement provider code"), fmt);
            String postcode = cell(row, index.get("setting address postcode"), fmt);
            into.add(new ArrayList<>(java.util.Arrays.asList(urn,
                    cell(row, index.get("local authority"), fmt),
                    supportedAccommodation ? "H5, K3" : cell(row, index.get("placement code"), fmt),
                    providerCodes == null ? null : providerCodes.replace("/", ","),
                    cell(row, index.get("deregistration date"), fmt),
                    postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT))));
        }
    }

    private static void alias(Map<String, Integer> index, String from, String to) {
        if (!index.containsKey(to) && index.containsKey(from)) {
            index.put(to, index.get(from));
        }
    }

    private static String cell(Row row, Integer column, DataFormatter fmt) {
        if (column == null) {
            return null;
        }
        Cell c = row.getCell(column);
        if (c == null) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate().format(UK);
        }
        String s = fmt.formatCellValue(c).trim();
        return s.isEmpty() ? null : s;
    }

    private static Table readCsv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(in)) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (String c : r) {
                        header.add(c.replace("\uFEFF", "").trim());
                    }
                    if (!header.contains("URN")) {
                        throw new ReturnFileException(file.toString(), 1, 1, "provider list has no URN column");
                    }
                    continue;
                }
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.isEmpty() ? null : c));
                rows.add(cells);
            }
            if (header == null) {
                throw new ReturnFileException(file.toString(), 1, 1, "empty provider list");
            }
            return new Table("provider_info", header, rows);
        } catch (UncheckedIOException | IOException e) {
            throw new ReturnFileException(file.toString(), 0, 0, "cannot read provider list: " + e.getMessage());
        }
    }
}
