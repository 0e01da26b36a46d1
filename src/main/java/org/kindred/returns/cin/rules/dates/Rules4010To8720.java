package org.kindred.returns.cin.rules.dates;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A date must be present (except 8520's birth date) and on or before the reference date; the field and table are
 * those the definition names first. 8720 checks only plans with an ID.
 * <br>4010: the CIN plan start. <br>8520: the child's birth. <br>8600: the referral.
 * <br>8720: the child protection plan start.
 */
@RuleDefinition(code = "4010", ruleset = "cin2022_23",
        message = "CIN Plan start date is missing or out of data collection period",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "Header"},
        fields = {"CINPlanStartDate"})
@RuleDefinition(code = "8520", ruleset = "cin2022_23",
        message = "Date of Birth is after data collection period (must be on or before the end of the census period)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "Header"},
        fields = {"PersonBirthDate", "ReferenceDate"})
@RuleDefinition(code = "8600", ruleset = "cin2022_23",
        message = "Child referral date missing or after data collection period",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Header"},
        fields = {"CINreferralDate"})
@RuleDefinition(code = "8720", ruleset = "cin2022_23",
        message = "Child Protection Plan Start Date missing or out of data collection period",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "Header"},
        fields = {"CPPstartDate", "ReferenceDate"})
public class Rules4010To8720 extends RuleVersion {
    private final boolean required = !code().equals("8520");
    private final String onlyWith = code().equals("8720") ? "CPPID" : null;

    public Rules4010To8720(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        String column = definition().fields()[0];
        return Cin.flagRows(data, definition().tables()[0], (t, row) -> {
            if (onlyWith != null && t.get(row, onlyWith) == null) {
                return false;
            }
            LocalDate d = t.date(row, column);
            return d == null ? required : Cin.after(d, end);
        }, column);
    }
}
