package org.kindred.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kindred.returns.cin.CinXmlReader;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleInvariants;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** Every CIN rule runs on every fake return and on hostile input (missing columns, blank and bad cells). */
class CinRulesRobustnessTest {
    private static final List<String> TABLES = List.of("Header", "ChildIdentifiers", "ChildCharacteristics",
            "Disabilities", "CINdetails", "Assessments", "CINplanDates", "Section47", "ChildProtectionPlans", "Reviews");

    private final RuleRegistry registry = RuleRegistry.load(ReturnKind.CIN);

    @Test
    void all114RuleVersionsAreRegistered() {
        assertThat(registry.all()).hasSize(114);
    }

    @Test
    void everyRuleRunsOnEveryFakeReturn() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("../shared/conformance/cin/fake_data"))) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            ReturnData data = CinXmlReader.read(f);
            for (Rule rule : registry.all()) {
                RuleInvariants.holdFor(rule, data);
            }
        }
    }

    @Test
    void everyRuleSurvivesTablesWithoutColumns() {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String t : TABLES) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(new ArrayList<>());
            rows.add(new ArrayList<>());
            tables.put(t, new Table(t, List.of(), rows));
        }
        ReturnData data = new ReturnData(tables, new Metadata(null, null, null, null, null, null));
        for (Rule rule : registry.all()) {
            RuleInvariants.holdFor(rule, data);
        }
    }

    @Test
    void everyRuleSurvivesBlankAndGarbageCells() {
        List<String> columns = List.of("LAchildID", "CINdetailsID", "CPPID", "AssessmentID", "UPN", "FormerUPN",
                "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate",
                "Ethnicity", "Disability", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
                "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA", "AssessmentActualStartDate",
                "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "AssessmentFactors", "CINPlanStartDate",
                "CINPlanEndDate", "S47ActualStartDate", "InitialCPCtarget", "ICPCnotRequired", "CPPstartDate",
                "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "CPPreviewDate",
                "Collection", "Year", "ReferenceDate", "LEA");
        String[] garbage = {null, "", " ", "x", "31/02/2020", "2020-13-45", "-1", "1", "0", "true", "21,21,", ","};
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String t : TABLES) {
            List<List<String>> rows = new ArrayList<>();
            for (String g : garbage) {
                rows.add(new ArrayList<>(java.util.Collections.nCopies(columns.size(), g)));
            }
            rows.add(new ArrayList<>(Arrays.asList(new String[columns.size()])));
            tables.put(t, new Table(t, columns, rows));
        }
        ReturnData data = new ReturnData(tables, new Metadata(null, null, null, null, null, null));
        for (Rule rule : registry.all()) {
            RuleInvariants.holdFor(rule, data);
        }
    }
}
