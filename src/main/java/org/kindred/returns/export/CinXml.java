package org.kindred.returns.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kindred.returns.validation.Cells;

/**
 * The CIN census XML (root Message, CIN_schema_YYYY.xsd): a Header with the collection details and source, then
 * a Child per child with at least one CIN episode: identifiers and characteristics from the register, then each
 * CINdetails with its assessments, CIN plans, section 47 enquiries and protection plans (with their reviews),
 * matched on LAchildID, CINdetailsID and CPPID as the contributors gave them. Elements follow the schema's order;
 * dates are written yyyy-mm-dd whatever form the contributor used. Before 2024/25 the schema has GenderCurrent
 * where later years have Sex.
 */
final class CinXml {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private CinXml() {
    }

    static String of(int year, String la, List<RegisterChild> children, ContributedRows rows, LocalDateTime now) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header>");
        x.append("<CollectionDetails>");
        Xml.element(x, "Collection", "CIN");
        Xml.element(x, "Year", Integer.toString(year));
        Xml.element(x, "ReferenceDate", year + "-03-31");
        x.append("</CollectionDetails><Source>");
        Xml.element(x, "SourceLevel", "L");
        Xml.element(x, "LEA", la);
        Xml.element(x, "SoftwareCode", "Kindred");
        Xml.element(x, "Release", "0.1");
        Xml.element(x, "SerialNo", "001");
        Xml.element(x, "DateTime", now.format(STAMP));
        x.append("</Source></Header><Children>");
        for (RegisterChild child : children) {
            List<Map<String, String>> episodes = of(rows.rows("CINdetails"), child.id(), null, null);
            if (episodes.isEmpty()) {
                continue;
            }
            x.append("<Child>");
            identifiers(x, year, child);
            characteristics(x, child, of(rows.rows("Disabilities"), child.id(), null, null));
            for (Map<String, String> episode : episodes) {
                episode(x, child.id(), episode, rows);
            }
            x.append("</Child>");
        }
        return x.append("</Children></Message>\n").toString();
    }

    private static void identifiers(StringBuilder x, int year, RegisterChild c) {
        x.append("<ChildIdentifiers>");
        Xml.element(x, "LAchildID", c.id());
        if (c.upn() != null && !c.upn().isBlank()) {
            Xml.element(x, "UPN", c.upn());
        } else {
            // UN1: the child is under statutory school age; UN2 the LA has not been able to get one.
            Xml.element(x, "UPNunknown", c.dateOfBirth() != null && c.dateOfBirth().plusYears(5)
                    .isAfter(LocalDate.of(year, 3, 31)) ? "UN1" : "UN2");
        }
        if (c.dateOfBirth() != null) {
            Xml.element(x, "PersonBirthDate", c.dateOfBirth().toString());
        } else if (c.expectedDateOfBirth() != null) {
            Xml.element(x, "ExpectedPersonBirthDate", c.expectedDateOfBirth().toString());
        }
        String sex = c.sexCode() == null ? "0" : c.sexCode();
        if (year <= 2024) {
            Xml.element(x, "GenderCurrent", sex);
        } else {
            Xml.element(x, "Sex", sexLetter(sex));
        }
        x.append("</ChildIdentifiers>");
    }

    private static void characteristics(StringBuilder x, RegisterChild c, List<Map<String, String>> disabilities) {
        x.append("<ChildCharacteristics>");
        Xml.element(x, "Ethnicity", c.ethnicity() == null ? "NOBT" : c.ethnicity());
        // The census needs a disability code for every child (rule 8540): NONE when no module recorded one.
        x.append("<Disabilities>");
        if (disabilities.isEmpty()) {
            Xml.element(x, "Disability", "NONE");
        }
        disabilities.forEach(d -> Xml.element(x, "Disability", d.get("Disability")));
        x.append("</Disabilities>");
        x.append("</ChildCharacteristics>");
    }

    private static void episode(StringBuilder x, String child, Map<String, String> e, ContributedRows rows) {
        String id = e.get("CINdetailsID");
        x.append("<CINdetails>");
        date(x, "CINreferralDate", e.get("CINreferralDate"), true);
        Xml.element(x, "ReferralSource", e.get("ReferralSource"));
        optional(x, "PrimaryNeedCode", e.get("PrimaryNeedCode"));
        date(x, "CINclosureDate", e.get("CINclosureDate"), false);
        optional(x, "ReasonForClosure", e.get("ReasonForClosure"));
        date(x, "DateOfInitialCPC", e.get("DateOfInitialCPC"), false);
        for (Map<String, String> a : of(rows.rows("Assessments"), child, id, null)) {
            x.append("<Assessments>");
            date(x, "AssessmentActualStartDate", a.get("AssessmentActualStartDate"), true);
            date(x, "AssessmentInternalReviewDate", a.get("AssessmentInternalReviewDate"), false);
            date(x, "AssessmentAuthorisationDate", a.get("AssessmentAuthorisationDate"), false);
            String factors = a.get("AssessmentFactors");
            if (factors != null && !factors.isBlank()) {
                x.append("<FactorsIdentifiedAtAssessment>");
                for (String f : factors.split(",")) {
                    Xml.element(x, "AssessmentFactors", f.trim());
                }
                x.append("</FactorsIdentifiedAtAssessment>");
            }
            x.append("</Assessments>");
        }
        for (Map<String, String> p : of(rows.rows("CINplanDates"), child, id, null)) {
            x.append("<CINPlanDates>");
            date(x, "CINPlanStartDate", p.get("CINPlanStartDate"), true);
            date(x, "CINPlanEndDate", p.get("CINPlanEndDate"), false);
            x.append("</CINPlanDates>");
        }
        for (Map<String, String> s : of(rows.rows("Section47"), child, id, null)) {
            x.append("<Section47>");
            date(x, "S47ActualStartDate", s.get("S47ActualStartDate"), true);
            date(x, "InitialCPCtarget", s.get("InitialCPCtarget"), false);
            date(x, "DateOfInitialCPC", s.get("DateOfInitialCPC"), false);
            Xml.element(x, "ICPCnotRequired", yesNo(s.get("ICPCnotRequired")));
            x.append("</Section47>");
        }
        Xml.element(x, "ReferralNFA", yesNo(e.get("ReferralNFA")));
        for (Map<String, String> plan : of(rows.rows("ChildProtectionPlans"), child, id, null)) {
            x.append("<ChildProtectionPlans>");
            date(x, "CPPstartDate", plan.get("CPPstartDate"), true);
            date(x, "CPPendDate", plan.get("CPPendDate"), false);
            Xml.element(x, "InitialCategoryOfAbuse", plan.get("InitialCategoryOfAbuse"));
            Xml.element(x, "LatestCategoryOfAbuse", plan.get("LatestCategoryOfAbuse"));
            Xml.element(x, "NumberOfPreviousCPP", plan.get("NumberOfPreviousCPP") == null ? "0"
                    : plan.get("NumberOfPreviousCPP"));
            List<Map<String, String>> reviews = of(rows.rows("Reviews"), child, id, plan.get("CPPID"));
            if (!reviews.isEmpty()) {
                x.append("<Reviews>");
                reviews.forEach(r -> date(x, "CPPreviewDate", r.get("CPPreviewDate"), true));
                x.append("</Reviews>");
            }
            x.append("</ChildProtectionPlans>");
        }
        x.append("</CINdetails>");
    }

    /**
     * The rows of one child (and, when given, one CIN episode and one plan). A row without CINdetailsID (or CPPID)
     * belongs to every episode (plan) of the child: contributors with one episode per child need not number them.
     */
    private static List<Map<String, String>> of(List<Map<String, String>> rows, String child, String cinDetailsId,
                                                String cppId) {
        return rows.stream().filter(r -> child.equals(trim(r.get("LAchildID"))))
                .filter(r -> cinDetailsId == null || r.get("CINdetailsID") == null
                        || Objects.equals(trim(r.get("CINdetailsID")), trim(cinDetailsId)))
                .filter(r -> cppId == null || r.get("CPPID") == null || Objects.equals(trim(r.get("CPPID")), trim(cppId)))
                .toList();
    }

    /** From 2024/25 the census codes sex M, F or U (unknown or indeterminate) instead of 1 and 2. */
    static String sexLetter(String code) {
        return "1".equals(code) ? "M" : "2".equals(code) ? "F" : "U";
    }

    /** The census's yes/no is 1/0; contributors may give true/false (or nothing, which is no). */
    static String yesNo(String value) {
        if (value == null || value.isBlank()) {
            return "0";
        }
        String v = value.trim();
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") ? "1"
                : v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no") ? "0" : v;
    }

    private static String trim(String s) { return s == null ? null : s.trim(); }

    private static void optional(StringBuilder x, String name, String value) {
        if (value != null && !value.isBlank()) {
            Xml.element(x, name, value);
        }
    }

    /** A date as yyyy-mm-dd; an optional one is left out when absent, a required one written empty. */
    private static void date(StringBuilder x, String name, String value, boolean required) {
        LocalDate d = Cells.date(value);
        if (d != null) {
            Xml.element(x, name, d.toString());
        } else if (required) {
            Xml.element(x, name, value);
        }
    }
}
