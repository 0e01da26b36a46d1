package org.kindred.returns.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.kindred.access.Role;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.Upn;
import org.kindred.returns.export.TestReturnSources.Row;
import org.kindred.returns.validation.Failure;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Export of data created through the modules' APIs passes `returns validate` with no errors. Until the care,
 * front door and protection contributors are merged, the children come from the register's API and their
 * return rows from test contributors; with the real contributors merged, every contributor's rows for these
 * children are in the export too (and the test still asks for no errors).
 */
class ReturnExportIT extends DatabaseIT {
    @Autowired
    People people;

    @Autowired
    ReturnRuns runs;

    @AfterEach
    void clear() {
        TestReturnSources.clear();
        SecurityContextHolder.clearContext();
    }

    private void signInAsAdministrator() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (KindredPrincipal) () -> new CurrentUser(0, "returns-test", "Returns test", Set.of(Role.ADMINISTRATOR)),
                null, List.of()));
    }

    private String child(String given, String dob, String sex, String upnSerial) {
        String last12 = "846000024" + upnSerial;
        return Long.toString(people.create(new NewPerson("CHILD", given, "Exportit", java.time.LocalDate.parse(dob), null, sex, "WBRI", null,
                Upn.checkLetter(last12) + last12, null, null, null, null)).id());
    }

    /** The errors about these children (other tests' data shares the database, and the return holds it too). */
    private static List<String> errors(ExportedReturn exported, String... children) {
        List<String> errors = new ArrayList<>();
        for (Failure f : exported.report().failures()) {
            if (f.error() && List.of(children).contains(f.child())) {
                errors.add(f.rule() + " " + f.table() + " " + f.row() + " " + f.field() + ": " + f.message());
            }
        }
        return errors;
    }

    @Test
    void theExportOfRegisteredChildrenPassesValidation(@TempDir Path dir) {
        signInAsAdministrator();
        String looked = child("Ash", "2015-06-01", "MALE", String.format("%03d", (int) (Math.random() * 1000)));
        String inNeed = child("Bea", "2012-02-10", "FEMALE", String.format("%03d", (int) (Math.random() * 1000)));
        Person ash = people.find(Long.parseLong(looked)).orElseThrow();
        TestReturnSources.give(List.of(
                // The Header as the SSDA903 source writes it from the register (its only route; HeaderRowsTest).
                new Row("ssda903", "Header", Map.of("CHILD", looked, "SEX", "M", "DOB", "01/06/2015", "ETHNIC", "WBRI",
                        "UPN", ash.upn())),
                new Row("ssda903", "Episodes", Map.of("CHILD", looked, "DECOM", "15/05/2024", "RNE", "S", "LS", "C2",
                        "CIN", "N1", "PLACE", "U1", "PLACE_PROVIDER", "PR1", "HOME_POST", "ZY1 1AA", "PL_POST", "ZY2 2BB",
                        // The export derives PL_LA from PL_POST (an English authority), so 218 asks for the URN.
                        "URN", "SC123456")),
                new Row("ssda903", "Reviews", Map.of("CHILD", looked, "DOB", "01/06/2015", "REVIEW", "10/06/2024",
                        "REVIEW_CODE", "PN1")),
                new Row("ssda903", "PrevPerm", Map.of("CHILD", looked, "DOB", "01/06/2015", "PREV_PERM", "Z1")),
                new Row("ssda903", "SWEpisodes", Map.of("CHILD", looked, "DOB", "01/06/2015", "SW_ID", "SW123",
                        "SW_DECOM", "15/05/2024", "SW_REASON", "OTHERS")),
                new Row("cin", "CINdetails", Map.of("LAchildID", inNeed, "CINdetailsID", "1", "CINreferralDate",
                        "02/05/2024", "ReferralSource", "1A", "PrimaryNeedCode", "N1", "ReferralNFA", "0")),
                new Row("cin", "Assessments", Map.of("LAchildID", inNeed, "CINdetailsID", "1",
                        "AssessmentActualStartDate", "03/05/2024", "AssessmentAuthorisationDate", "20/06/2024",
                        "AssessmentFactors", "2A,3A")),
                new Row("cin", "Section47", Map.of("LAchildID", inNeed, "CINdetailsID", "1", "S47ActualStartDate",
                        "04/05/2024", "InitialCPCtarget", "31/05/2024", "DateOfInitialCPC", "30/05/2024",
                        "ICPCnotRequired", "0")),
                new Row("cin", "ChildProtectionPlans", Map.of("LAchildID", inNeed, "CINdetailsID", "1", "CPPID", "1",
                        "CPPstartDate", "30/05/2024", "InitialCategoryOfAbuse", "NEG", "LatestCategoryOfAbuse", "NEG",
                        "NumberOfPreviousCPP", "0")),
                new Row("cin", "Reviews", Map.of("LAchildID", inNeed, "CINdetailsID", "1", "CPPID", "1",
                        "CPPreviewDate", "29/08/2024"))));

        ExportedReturn ssda903 = runs.export(ReturnKind.SSDA903, 2025, dir.resolve("903"));
        assertThat(ssda903.data().table("Header").orElseThrow().rowsWhere("CHILD", looked)).hasSize(1);
        assertThat(errors(ssda903, looked)).isEmpty();

        ExportedReturn cin = runs.export(ReturnKind.CIN, 2025, dir.resolve("cin"));
        assertThat(cin.data().table("ChildIdentifiers").orElseThrow().rowsWhere("LAchildID", inNeed)).hasSize(1);
        assertThat(errors(cin, inNeed)).isEmpty();
    }
}
