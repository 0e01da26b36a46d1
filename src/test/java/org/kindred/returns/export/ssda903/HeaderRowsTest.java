package org.kindred.returns.export.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.person.Ethnicity;
import org.kindred.person.Person;
import org.kindred.person.PersonKind;
import org.kindred.person.Sex;

/**
 * The SSDA903 Header's one route: sex coded by year (1/2 until 2023/24, with no value for a sex not known, which rule
 * 101 then asks for; M/F/U from 2024/25), UN2 without a UPN, NOBT without an ethnicity, MOTHER only for girls looked
 * after.
 */
class HeaderRowsTest {
    private static Person child(long id, Sex sex, Ethnicity ethnicity, String upn) {
        return new Person(id, PersonKind.CHILD, "A", "Child", LocalDate.of(2010, 1, 1), null, sex, ethnicity, null, upn,
                null, false, Instant.parse("2024-01-01T00:00:00Z"), "test");
    }

    private static List<Map<String, String>> headers(int year, Map<Long, LocalDate> mothers, Person... people) {
        Map<Long, Person> children = new LinkedHashMap<>();
        for (Person p : people) children.put(p.id(), p);
        Cohort cohort = new Cohort(year, LocalDate.of(year - 1, 4, 1), LocalDate.of(year, 3, 31), children,
                Set.of(1L, 2L, 3L));
        List<Map<String, String>> rows = new ArrayList<>();
        HeaderRows.add(cohort, mothers, (table, row) -> {
            assertThat(table).isEqualTo("Header");
            rows.add(row);
        });
        return rows;
    }

    @Test
    void sexIsOneOrTwoUntil2023To24AndEmptyWhenNotKnown() {
        List<Map<String, String>> rows = headers(2024, Map.of(), child(1, Sex.MALE, Ethnicity.WBRI, "A1"),
                child(2, Sex.FEMALE, Ethnicity.WBRI, "A2"), child(3, Sex.UNKNOWN, Ethnicity.WBRI, "A3"),
                child(4, Sex.INDETERMINATE, Ethnicity.WBRI, "A4"));
        assertThat(rows).extracting(r -> r.get("SEX")).containsExactly("1", "2", null, null);
    }

    @Test
    void sexIsALetterFrom2024To25() {
        List<Map<String, String>> rows = headers(2025, Map.of(), child(1, Sex.MALE, Ethnicity.WBRI, "A1"),
                child(2, Sex.FEMALE, Ethnicity.WBRI, "A2"), child(3, Sex.UNKNOWN, Ethnicity.WBRI, "A3"),
                child(4, Sex.INDETERMINATE, Ethnicity.WBRI, "A4"));
        assertThat(rows).extracting(r -> r.get("SEX")).containsExactly("M", "F", "U", "U");
    }

    @Test
    void noUpnIsUn2NoEthnicityIsNobtAndMotherIsForGirlsLookedAfter() {
        List<Map<String, String>> rows = headers(2025, Map.of(2L, LocalDate.of(2024, 5, 6)),
                child(1, Sex.MALE, null, null), child(2, Sex.FEMALE, Ethnicity.WBRI, "A2"),
                child(3, Sex.FEMALE, Ethnicity.WBRI, "A3"), child(4, Sex.FEMALE, Ethnicity.WBRI, "A4"));
        assertThat(rows.get(0)).containsEntry("UPN", "UN2").containsEntry("ETHNIC", "NOBT").containsEntry("MOTHER", null);
        assertThat(rows.get(1)).containsEntry("MOTHER", "1").containsEntry("MC_DOB", "06/05/2024");
        assertThat(rows.get(2)).containsEntry("MOTHER", "0").containsEntry("MC_DOB", null);
        assertThat(rows.get(3)).as("a care leaver not looked after in the year").containsEntry("MOTHER", null);
    }
}
