package org.kindred.returns.imports;

import java.time.LocalDate;
import org.kindred.person.Sex;

/**
 * What a return says about a child: no names (returns carry none), so matching leans on the date of birth, sex and
 * UPN. {@code upn} is null unless it passed its check letter.
 */
record ChildFacts(String laChildId, Sex sex, LocalDate dateOfBirth, String ethnicity, String upn) {

    /** The DfE's sex codes: 1 male, 2 female, 0 not known, 9 not specified. */
    static Sex sex(String code) {
        if (code == null) return null;
        return switch (code.trim()) {
            case "1" -> Sex.MALE;
            case "2" -> Sex.FEMALE;
            case "0" -> Sex.UNKNOWN;
            case "9" -> Sex.INDETERMINATE;
            default -> null;
        };
    }
}
