package org.kindred.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The layout test of a written Annex A workbook against Ofsted's schema in ../shared: one sheet per list with the
 * schema's headers, dates as date cells, categories only as values the schema accepts. {@link #requiredFilled}
 * checks the columns the schema says may not be blank, for a list whose rows should be complete.
 */
public final class AnnexALayout {
    private AnnexALayout() {
    }

    public static void check(XSSFWorkbook wb) throws IOException {
        AnnexASchema schema = AnnexASchema.load();
        assertThat(wb.getNumberOfSheets()).isEqualTo(AnnexAList.values().length);
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = wb.getSheet(list.sheetName());
            assertThat(sheet).as(list.sheetName()).isNotNull();
            assertThat(header(sheet)).containsExactlyElementsOf(schema.columns(list));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                checkRow(schema, list, sheet.getRow(r));
            }
        }
    }

    /** Dates are date cells, counts numbers, and categories use only values the schema accepts. */
    static void checkRow(AnnexASchema schema, AnnexAList list, Row row) {
        for (int c = 0; c < list.columns().size(); c++) {
            Cell cell = row.getCell(c);
            String column = list.columns().get(c);
            if (cell == null) continue;
            if (schema.isDate(list, column)) {
                assertThat(DateUtil.isCellDateFormatted(cell)).as(column).isTrue();
            } else if (schema.isCategory(list, column)) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                String value = cell.getStringCellValue();
                boolean yesNo = value.equals("a) Yes") || value.equals("b) No") || value.equals("c) Unknown");
                assertThat(yesNo || schema.accepted(list, column).contains(value)).as(column + " = " + value).isTrue();
            }
        }
    }

    /** Every row of the list has a value in each column the schema marks {@code canbeblank: false}. */
    public static void requiredFilled(XSSFWorkbook wb, AnnexAList list) throws IOException {
        AnnexASchema schema = AnnexASchema.load();
        Sheet sheet = wb.getSheet(list.sheetName());
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            for (int c = 0; c < list.columns().size(); c++) {
                String column = list.columns().get(c);
                Cell cell = sheet.getRow(r).getCell(c);
                boolean blank = cell == null || cell.getCellType() == CellType.BLANK
                        || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
                if (!schema.canBeBlank(list, column)) assertThat(blank).as(list.sheetName() + " row " + r + " " + column).isFalse();
            }
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }
}
