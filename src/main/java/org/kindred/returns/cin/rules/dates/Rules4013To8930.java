package org.kindred.returns.cin.rules.dates;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.RuleVersion;

/**
 * A date, where present, must fall within the census year (from the day after the reference date a year before, to
 * the reference date); the field and table are those the definition names first. Without a reference date 8545Q
 * and 8620 flag every date, the others none, as upstream.
 * <br>4013: the CIN plan end. <br>8545Q (query): the child's death. <br>8620: the episode's closure.
 * <br>8696: the assessment's authorisation. <br>8715: the initial conference (Section 47).
 * <br>8930: the child protection plan end.
 */
@RuleDefinition(code = "4013", ruleset = "cin2022_23",
        message = "CIN Plan end date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "Header"},
        fields = {"CINPlanEndDate", "ReferenceDate"})
@RuleDefinition(code = "8545Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "Header"},
        fields = {"PersonDeathDate"},
        type = RuleType.QUERY)
@RuleDefinition(code = "8620", ruleset = "cin2022_23",
        message = "CIN Closure Date present and does not fall within the Census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Header"},
        fields = {"CINclosureDate"})
@RuleDefinition(code = "8696", ruleset = "cin2022_23",
        message = "Assessment end date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments", "Header"},
        fields = {"AssessmentAuthorisationDate", "ReferenceDate"})
@RuleDefinition(code = "8715", ruleset = "cin2022_23",
        message = "Date of Initial Child Protection Conference must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "Header"},
        fields = {"DateOfInitialCPC", "ReferenceDate"})
@RuleDefinition(code = "8930", ruleset = "cin2022_23",
        message = "Child Protection Plan End Date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "Header"},
        fields = {"CPPendDate", "ReferenceDate"})
public class Rules4013To8930 extends RuleVersion {
    private final boolean flagsWithoutReference = code().equals("8545Q") || code().equals("8620");

    public Rules4013To8930(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        String column = definition().fields()[0];
        return Cin.flagRows(data, definition().tables()[0], (t, row) -> {
            LocalDate d = t.date(row, column);
            return d != null && (end == null ? flagsWithoutReference : d.isBefore(start) || d.isAfter(end));
        }, column);
    }
}
