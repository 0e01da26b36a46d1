package org.kindred.returns.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.person.Upn;
import org.kindred.returns.validation.Failure;
import org.kindred.returns.validation.ReturnKind;

/**
 * The export pipeline with test sources standing in for the care, front door and protection modules: the
 * files are as the DfE takes them (the CIN XML valid against the year's XSD, the SSDA903 XML against CLA.xsd) and
 * the same rules find no errors in them.
 */
class ReturnExportTest {
    static final Path CONFORMANCE = Path.of("../shared/conformance");

    static String upn(String last12) { return Upn.checkLetter(last12) + last12; }

    static final Map<String, RegisterChild> REGISTER = Map.of(
            "1001", new RegisterChild("1001", "1", "WBRI", upn("846000024001"), LocalDate.of(2015, 6, 1), null),
            "1002", new RegisterChild("1002", "2", "BAFR", upn("846000024002"), LocalDate.of(2012, 2, 10), null));

    static final ChildRegister REGISTER_LOOKUP = ids -> ids.stream().filter(REGISTER::containsKey)
            .collect(Collectors.toMap(id -> id, REGISTER::get, (a, b) -> a, java.util.LinkedHashMap::new));

    /** Care's part: a child who came into care in the year and is still there, with a review. */
    static final ReturnSource CARE = new ReturnSource() {
        public ReturnKind kind() { return ReturnKind.SSDA903; }

        public void fill(int year, Rows rows) {
            rows.add("Header", Map.of("CHILD", "1001", "SEX", year >= 2025 ? "M" : "1", "DOB", "01/06/2015",
                    "ETHNIC", "WBRI", "UPN", REGISTER.get("1001").upn()));
            rows.add("Episodes", Map.of("CHILD", "1001", "DECOM", "15/05/2024", "RNE", "S", "LS", "C2", "CIN", "N1",
                    "PLACE", "U1", "PLACE_PROVIDER", "PR1", "HOME_POST", "ZY1 1AA", "PL_POST", "ZY2 2BB",
                    // The export derives PL_LA from PL_POST (an English authority), so 218 asks for the URN.
                    "URN", "SC123456"));
            rows.add("Reviews", Map.of("CHILD", "1001", "DOB", "01/06/2015", "REVIEW", "10/06/2024",
                    "REVIEW_CODE", "PN1"));
            rows.add("PrevPerm", Map.of("CHILD", "1001", "DOB", "01/06/2015", "PREV_PERM", "Z1"));
            rows.add("SWEpisodes", Map.of("CHILD", "1001", "DOB", "01/06/2015", "SW_ID", "SW123", "SW_DECOM", "15/05/2024",
                    "SW_REASON", "OTHERS"));
        }
    };

    /** Front door's and protection's part: a referral assessed, a section 47 and a protection plan. */
    static final ReturnSource CIN = new ReturnSource() {
        public ReturnKind kind() { return ReturnKind.CIN; }

        public void fill(int year, Rows rows) {
            rows.add("CINdetails", Map.of("LAchildID", "1002", "CINdetailsID", "77", "CINreferralDate", "02/05/2024",
                    "ReferralSource", "1A", "PrimaryNeedCode", "N1", "ReferralNFA", "0"));
            rows.add("Assessments", Map.of("LAchildID", "1002", "CINdetailsID", "77",
                    "AssessmentActualStartDate", "03/05/2024", "AssessmentAuthorisationDate", "20/06/2024",
                    "AssessmentFactors", "2A,3A"));
            rows.add("Section47", Map.of("LAchildID", "1002", "CINdetailsID", "77", "S47ActualStartDate", "04/05/2024",
                    "InitialCPCtarget", "31/05/2024", "DateOfInitialCPC", "30/05/2024", "ICPCnotRequired", "0"));
            rows.add("ChildProtectionPlans", Map.of("LAchildID", "1002", "CINdetailsID", "77", "CPPID", "1",
                    "CPPstartDate", "30/05/2024", "InitialCategoryOfAbuse", "NEG", "LatestCategoryOfAbuse", "NEG",
                    "NumberOfPreviousCPP", "0"));
            rows.add("Reviews", Map.of("LAchildID", "1002", "CINdetailsID", "77", "CPPID", "1",
                    "CPPreviewDate", "29/08/2024"));
        }
    };

    static ReturnExport export() {
        return new ReturnExport(() -> List.of(CARE, CIN), REGISTER_LOOKUP, "846");
    }

    static List<String> errors(ExportedReturn exported) {
        return exported.report().failures().stream().filter(Failure::error)
                .map(f -> f.rule() + " " + f.table() + " " + f.row() + " " + f.field() + ": " + f.message()).toList();
    }

    @Test
    void ssda903ExportIsCsvAndSchemaValidXmlThatPassesValidation(@TempDir Path dir) throws Exception {
        ExportedReturn exported = export().export(ReturnKind.SSDA903, 2025, dir);
        assertThat(dir.resolve("episodes.csv")).content().startsWith("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,")
                .contains("1001,15/05/2024,S,C2,N1,U1,PR1");
        assertThat(dir.resolve("header.csv")).content().contains("1001,M,01/06/2015,WBRI," + REGISTER.get("1001").upn());
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CONFORMANCE.resolve("ssda903/spec/CLA.xsd").toFile()).newValidator()
                .validate(new StreamSource(dir.resolve(Ssda903Files.XML_FILE).toFile()));
        assertThat(exported.report().rulesRun()).isGreaterThan(100);
        assertThat(errors(exported)).isEmpty();
    }

    @Test
    void cinExportIsValidAgainstTheYearsSchemaAndPassesValidation(@TempDir Path dir) {
        for (int year : new int[] {2025, 2026}) {
            // Reading back checks the file against CIN_schema_<year>.xsd first: a refused file throws.
            ExportedReturn exported = export().export(ReturnKind.CIN, year, dir.resolve("y" + year));
            assertThat(exported.data().table("ChildIdentifiers").orElseThrow().size()).isEqualTo(1);
            assertThat(exported.data().table("Section47").orElseThrow().get(0, "S47ActualStartDate")).isEqualTo("2024-05-04");
            if (year == 2025) {
                assertThat(errors(exported)).isEmpty();
            }
        }
    }

    @Test
    void theCinSchemaBefore2025HasGenderCurrent(@TempDir Path dir) throws Exception {
        ExportedReturn exported = export().export(ReturnKind.CIN, 2024, dir);
        assertThat(Files.readString(exported.files().get(0))).contains("<GenderCurrent>2</GenderCurrent>");
    }

    @Test
    void yesNoIsOneOrZeroWhateverTheContributorWrote() {
        assertThat(CinXml.yesNo("false")).isEqualTo("0");
        assertThat(CinXml.yesNo("TRUE")).isEqualTo("1");
        assertThat(CinXml.yesNo(null)).isEqualTo("0");
        assertThat(CinXml.yesNo("1")).isEqualTo("1");
    }
}
