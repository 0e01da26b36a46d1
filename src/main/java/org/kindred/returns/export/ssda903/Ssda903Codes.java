package org.kindred.returns.export.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.kindred.care.Coded;
import org.kindred.person.Sex;

/** How SSDA903 writes a cell: dates dd/mm/yyyy, flags 1 and 0, codes as the code lists spell them, sex by year. */
final class Ssda903Codes {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Ssda903Codes() {
    }

    static String date(LocalDate date) { return date == null ? null : DMY.format(date); }

    static String flag(Boolean value) { return value == null ? null : value ? "1" : "0"; }

    static String code(Coded value) { return value == null ? null : value.code(); }

    /**
     * SEX: 1 (male) or 2 (female) until 2023/24, whose code list has no value for a sex not known, so the cell is
     * left empty and rule 101 asks for it (a CIN census code such as 0 would be a value SSDA903 does not have);
     * M, F or U (unknown or indeterminate) from 2024/25 (SSDA903_schema_2025.diff.yml).
     */
    static String sex(Sex sex, int year) {
        boolean letters = year >= 2025;
        if (sex == Sex.MALE) return letters ? "M" : "1";
        if (sex == Sex.FEMALE) return letters ? "F" : "2";
        return letters ? "U" : null;
    }
}
