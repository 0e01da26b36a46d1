package org.kindred.returns.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the Annex A workbook: one sheet per list ("List 1" to "List 11", every list present even when empty), the
 * schema's column names as the header row, dates as real dates shown dd/mm/yyyy, counts as numbers.
 */
public final class AnnexAWorkbook {
    private AnnexAWorkbook() {
    }

    public static void write(AnnexARows rows, OutputStream out) throws IOException {
        // Streaming: a county's list 1 holds tens of thousands of contacts.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Styles styles = new Styles(wb);
            for (AnnexAList list : AnnexAList.values()) {
                writeSheet(wb.createSheet(list.sheetName()), list, rows.of(list), styles);
            }
            wb.write(out);
        }
    }

    private static void writeSheet(Sheet sheet, AnnexAList list, List<Map<String, Object>> rows, Styles styles) {
        Row header = sheet.createRow(0);
        List<String> columns = list.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.header);
        }
        int r = 1;
        for (Map<String, Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(columns.get(c));
                if (value != null) {
                    set(row.createCell(c), value, styles);
                }
            }
        }
    }

    private static void set(Cell cell, Object value, Styles styles) {
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(AnnexACodes.yesNo(b));
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;

        Styles(Workbook wb) {
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }
}
