package org.kindred.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kindred.person.Ethnicity;
import org.kindred.person.Sex;

class AnnexAWorkbookTest {
    private static final LocalDate FROM = LocalDate.of(2025, 11, 24);
    private static final LocalDate TO = LocalDate.of(2026, 11, 23);

    /** A contributor as a feature module writes one: a contact and a child in care. */
    private static final AnnexAContributor FRONT_DOOR = (from, to, lists) -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Child Unique ID", "1001");
        row.put("Gender", AnnexACodes.gender(Sex.FEMALE));
        row.put("Ethnicity", AnnexACodes.ethnicity(Ethnicity.WBRI));
        row.put("Date of Birth", LocalDate.of(2015, 4, 9));
        row.put("Age of Child (Years)", AnnexACodes.age(LocalDate.of(2015, 4, 9), to));
        row.put("Date of Contact", from.plusDays(3));
        row.put("Contact Source", AnnexACodes.source("6"));
        lists.add(AnnexAList.LIST_1, row);
    };

    private static final AnnexAContributor CARE = (from, to, lists) -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Child Unique ID", "1002");
        row.put("Gender", AnnexACodes.gender(Sex.MALE));
        row.put("Ethnicity", AnnexACodes.ethnicity(Ethnicity.BAFR));
        row.put("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", false);
        row.put("Does the Child have a Disability", "c) Unknown");
        row.put("Date Started to be Looked After", LocalDate.of(2026, 2, 2));
        row.put("Child's Legal Status", CareCodes.legalStatus("C2"));
        row.put("Placement Type", CareCodes.placementType("U4"));
        row.put("Placement Provider", CareCodes.provider("PR1"));
        row.put("Number of Placements in the Last 12 months", 2);
        lists.add(AnnexAList.LIST_8, row);
    };

    @Test
    void writesOneSheetPerListWithTheSchemasHeadersDatesAsDatesAndKnownCodes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexARows rows = new AnnexAReport(List.of(FRONT_DOOR, CARE)).write(FROM, TO, out);
        assertThat(rows.count(AnnexAList.LIST_1)).isEqualTo(1);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            AnnexALayout.check(wb);
            Row contact = wb.getSheet("List 1").getRow(1);
            assertThat(contact.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM.plusDays(3));
            assertThat(contact.getCell(4).getNumericCellValue()).isEqualTo(11);
            assertThat(contact.getCell(6).getStringCellValue()).isEqualTo("g) Police");
            Row child = wb.getSheet("List 8").getRow(1);
            assertThat(child.getCell(5).getStringCellValue()).isEqualTo("b) No");
            assertThat(wb.getSheet("List 2").getLastRowNum()).isZero();
        }
    }

    @Test
    void refusesAColumnTheListDoesNotHave() {
        AnnexARows rows = new AnnexARows();
        assertThatThrownBy(() -> rows.add(AnnexAList.LIST_3, Map.of("Referal Source", "g) Police")))
                .hasMessageContaining("List 3 has no column \"Referal Source\"");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new AnnexAReport(List.of()).build(TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }
}
