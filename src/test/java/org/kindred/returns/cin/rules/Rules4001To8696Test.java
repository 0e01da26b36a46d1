package org.kindred.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.cin.rules.CinTestData.all;
import static org.kindred.returns.cin.rules.CinTestData.cells;
import static org.kindred.returns.cin.rules.CinTestData.flags;
import static org.kindred.returns.cin.rules.CinTestData.header;
import static org.kindred.returns.cin.rules.CinTestData.t;

import org.junit.jupiter.api.Test;
import org.kindred.returns.cin.rules.assessments.Rule8608;
import org.kindred.returns.cin.rules.assessments.Rule8614;
import org.kindred.returns.cin.rules.assessments.Rule8670Q;
import org.kindred.returns.cin.rules.cells.Rules4180To8910;
import org.kindred.returns.cin.rules.child.Rule8510;
import org.kindred.returns.cin.rules.child.Rule8525Q;
import org.kindred.returns.cin.rules.child.Rule8530Q;
import org.kindred.returns.cin.rules.dates.Rules1103To4015;
import org.kindred.returns.cin.rules.dates.Rules4010To8720;
import org.kindred.returns.cin.rules.dates.Rules4011To8925;
import org.kindred.returns.cin.rules.dates.Rules4013To8930;
import org.kindred.returns.cin.rules.disabilities.Rule8540;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.cin.rules.overlaps.Rules4004To8935;
import org.kindred.returns.cin.rules.overlaps.Rules4016And4017;
import org.kindred.returns.cin.rules.plans.Rule4001;
import org.kindred.returns.cin.rules.plans.Rule4003;
import org.kindred.returns.cin.rules.referrals.Rule8555Q;
import org.kindred.returns.cin.rules.referrals.Rule8565;
import org.kindred.returns.cin.rules.referrals.Rule8569Q;
import org.kindred.returns.cin.rules.referrals.Rule8606;
import org.kindred.returns.cin.rules.section47.Rule8615;
import org.kindred.returns.cin.rules.section47.Rule8675Q;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** CIN rules 4001 to 8696 that have no shared sample case; cases follow the reference tests. */
class Rules4001To8696Test {

    @Test
    void rule4001OpenCinPlanWithOpenProtectionPlan() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CPPendDate,CINdetailsID", "child1|2000-05-30|cinID1",
                "child1|~|cinID1", "child2|~|cinID3", "child3|2001-10-30|cinID5", "child5|~|cinID7", "child6|~|cinID8");
        Table plans = t("CINplanDates", "LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate",
                "child1|cinID1|2000-04-04|2000-04-04", "child1|cinID1|2000-04-04|2000-05-28",
                "child2|cinID3|2000-04-04|~", "child2|cinID4|2000-04-04|~", "child3|cinID5|2000-04-04|2001-10-30",
                "child4|cinID6|2000-04-04|~", "child6|cinID9|~|~");
        assertThat(flags(new Rule4001(), cpp, plans)).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPendDate", 2), cells("CINplanDates", "CINPlanEndDate", 2)));
    }

    @Test
    void rule4003ReviewDuringOpenCinPlan() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CPPendDate,CPPID", "child1|2001-05-30|cinID1",
                "child2|~|cinID1", "child2|2001-05-29|cinID2", "child2|~|cinID4", "child3|2001-10-30|cinID5",
                "child5|~|cinID6");
        Table plans = t("CINplanDates", "LAchildID,CINPlanStartDate,CINPlanEndDate", "child1|2000-04-04|2002-06-01",
                "child2|2000-05-28|2002-06-01", "child3|2000-05-30|2002-06-01", "child4|2000-06-04|2002-06-01",
                "child5|2000-06-30|2002-06-01", "child2|2000-10-26|2002-06-01", "child3|2001-10-30|2002-06-01");
        Table reviews = t("Reviews", "LAchildID,CPPID,CPPreviewDate", "child1|cinID1|2001-05-29",
                "child2|cinID2|2001-05-29", "child3|cinID3|2004-05-29", "child6|cinID6|2004-05-29");
        assertThat(flags(new Rule4003(), reviews, plans, cpp)).isEqualTo(all(cells("Reviews", "CPPreviewDate", 0),
                cells("ChildProtectionPlans", "CPPendDate", 0), cells("CINplanDates", "CINPlanStartDate", 0)));
    }

    @Test
    void rule4004TwoOpenCinPlans() {
        Table plans = t("CINplanDates", "LAchildID,CINdetailsID,CINPlanEndDate", "child1|c1|~", "child1|c1|~",
                "child1|c2|~", "child2|c1|2021-05-26", "child2|c2|~", "child2|c2|~");
        assertThat(flags(RuleRegistry.version(Rules4004To8935.class, "4004", "cin2022_23"), plans)).isEqualTo(cells("CINplanDates", "CINPlanEndDate", 0, 1, 4, 5));
    }

    @Test
    void rules4010To4013CinPlanDates() {
        Table starts = t("CINplanDates", "CINPlanStartDate", "2022-04-25", "2022-03-01", "2022-12-25", "2021-04-27", "~");
        assertThat(flags(RuleRegistry.version(Rules4010To8720.class, "4010", "cin2022_23"), starts, header("2022-03-31")))
                .isEqualTo(cells("CINplanDates", "CINPlanStartDate", 0, 2, 4));
        Table both = t("CINplanDates", "LAchildID,CINPlanStartDate,CINPlanEndDate", "c1|2000-05-26|2000-05-26",
                "c2|2001-05-26|2000-05-26", "c3|1999-05-26|2000-05-26", "c4|~|2000-05-26", "c6|~|~");
        assertThat(flags(RuleRegistry.version(Rules4011To8925.class, "4011", "cin2022_23"), both)).isEqualTo(cells("CINplanDates", "CINPlanEndDate,CINPlanStartDate", 1));
        assertThat(flags(RuleRegistry.version(Rules4011To8925.class, "4012Q", "cin2022_23"), both)).isEqualTo(cells("CINplanDates", "CINPlanStartDate,CINPlanEndDate", 0));
        Table ends = t("CINplanDates", "CINPlanEndDate", "2019-03-01", "2021-04-01", "2022-10-01", "~");
        assertThat(flags(RuleRegistry.version(Rules4013To8930.class, "4013", "cin2022_23"), ends, header("2022-03-31"))).isEqualTo(cells("CINplanDates", "CINPlanEndDate", 0, 2));
    }

    @Test
    void rule4015CinPlanBeforeReferral() {
        Table plans = t("CINplanDates", "LAchildID,CINdetailsID,CINPlanStartDate", "1|45|2020-05-05", "4|55|2019-04-20",
                "67|66|2014-03-21", "69|67|2018-04-20", "69|67|~", "167|166|2014-03-21");
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,CINreferralDate", "1|44|2017-05-05", "4|55|2019-04-20",
                "67|66|2016-03-21", "67|67|2015-03-21", "69|67|2018-04-20", "70|69|2015-04-20", "167|166|2015-02-21");
        assertThat(flags(RuleRegistry.version(Rules1103To4015.class, "4015", "cin2022_23"), plans, cin)).isEqualTo(all(
                cells("CINplanDates", "CINPlanStartDate", 2, 5), cells("CINdetails", "CINreferralDate", 2, 6)));
    }

    @Test
    void rule4016CinPlanStartsDuringProtectionPlan() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CPPstartDate,CPPendDate", "child1|2000-05-26|2000-05-30",
                "child1|2000-06-26|~", "child2|2000-10-26|2000-12-10", "child2|2001-02-26|~",
                "child3|2000-05-26|2001-10-30", "child5|2000-05-26|~");
        Table plans = t("CINplanDates", "LAchildID,CINPlanStartDate", "child1|2000-04-04", "child1|2000-05-28",
                "child1|2000-05-30", "child1|2000-06-04", "child1|2000-06-30", "child2|2000-10-26", "child2|2001-02-26",
                "child2|2001-03-26", "child3|2001-10-30", "child4|2000-06-04", "child5|2001-03-31");
        assertThat(flags(RuleRegistry.version(Rules4016And4017.class, "4016", "cin2022_23"), plans, cpp, header("2001-03-31"))).isEqualTo(all(
                cells("CINplanDates", "CINPlanStartDate", 1, 4, 5, 6, 7, 10),
                cells("ChildProtectionPlans", "CPPstartDate,CPPendDate", 0, 1, 2, 3, 5)));
    }

    @Test
    void rule4017ProtectionPlanStartsDuringCinPlan() {
        Table plans = t("CINplanDates", "LAchildID,CINPlanStartDate,CINPlanEndDate", "child1|2000-05-26|2000-05-30",
                "child1|2000-06-26|~", "child2|2000-10-26|2000-12-10", "child2|2001-02-26|~",
                "child3|2000-05-26|2001-10-30", "child5|2000-05-26|~", "child8|2000-09-15|~", "child8|2000-06-09|2000-07-20");
        Table cpp = t("ChildProtectionPlans", "LAchildID,CPPstartDate", "child1|2000-04-04", "child1|2000-05-28",
                "child1|2000-05-30", "child1|2000-06-04", "child1|2000-06-30", "child2|2000-10-26", "child2|2001-02-26",
                "child2|2001-03-26", "child3|2001-10-30", "child4|2000-06-04", "child5|2001-03-31", "child8|2000-06-22");
        assertThat(flags(RuleRegistry.version(Rules4016And4017.class, "4017", "cin2022_23"), plans, cpp, header("2001-03-31"))).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPstartDate", 1, 4, 5, 6, 7, 10, 11),
                cells("CINplanDates", "CINPlanStartDate,CINPlanEndDate", 0, 1, 2, 3, 5, 7)));
    }

    @Test
    void rules4220To8510CodesAndIds() {
        Table chars = t("ChildCharacteristics", "Ethnicity", "ABAB", "AIND", "AOTH", "~", "MOTH", "WOTH", "AAAA");
        assertThat(flags(RuleRegistry.version(Rules4180To8910.class, "4220", "cin2022_23"), chars)).isEqualTo(cells("ChildCharacteristics", "Ethnicity", 0, 3, 6));
        Table ids = t("ChildIdentifiers", "LAchildID", "1234", "~", "~", "1234", "346546");
        assertThat(flags(RuleRegistry.version(Rules4180To8910.class, "8500", "cin2022_23"), ids)).isEqualTo(cells("ChildIdentifiers", "LAchildID", 1, 2));
        assertThat(flags(new Rule8510(), ids)).isEqualTo(cells("ChildIdentifiers", "LAchildID", 0, 1, 2, 3));
    }

    @Test
    void rules8525To8545BirthAndDeath() {
        Table ids = t("ChildIdentifiers", "LAchildID,PersonBirthDate,ExpectedPersonBirthDate",
                "child1|2000-05-26|2000-05-26", "child2|2000-05-26|2001-05-26", "child4|~|1999-05-26",
                "child4|2000-05-26|~", "child5|2000-05-26|2000-05-25", "child6|~|~");
        assertThat(flags(new Rule8525Q(), ids))
                .isEqualTo(cells("ChildIdentifiers", "PersonBirthDate,ExpectedPersonBirthDate", 0, 1, 4, 5));
        Table expected = t("ChildIdentifiers", "LAchildID,ExpectedPersonBirthDate", "ID1|~", "ID2|2023-03-30",
                "ID3|2021-10-15", "ID4|2024-03-15");
        assertThat(flags(new Rule8530Q(), expected, header("2023-03-31")))
                .isEqualTo(cells("ChildIdentifiers", "ExpectedPersonBirthDate", 2, 3));
        Table deaths = t("ChildIdentifiers", "PersonDeathDate", "2022-04-25", "2022-03-01", "2022-12-25", "2021-04-27",
                "2020-04-17", "~");
        assertThat(flags(RuleRegistry.version(Rules4013To8930.class, "8545Q", "cin2022_23"), deaths, header("2022-03-31")))
                .isEqualTo(cells("ChildIdentifiers", "PersonDeathDate", 0, 2, 4));
    }

    @Test
    void rule8540DisabilityNeededForFurtherAction() {
        Table ids = t("ChildIdentifiers", "LAchildID,PersonBirthDate", "child1|1880-01-01", "child2|1880-01-01",
                "child3|1880-01-01", "child4|1880-01-01", "child5|1880-01-01");
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,ReferralNFA", "child1|CINID1|false", "child2|CINID1|0",
                "child3|CINID1|0", "child3|CINID2|1", "child4|CINID1|1");
        Table dis = t("Disabilities", "LAchildID,Disability", "child1|~", "child2|MOB", "child3|notreal");
        assertThat(flags(new Rule8540(), ids, cin, dis)).isEqualTo(all(cells("Disabilities", "Disability", 0, 2),
                cells("ChildIdentifiers", "PersonBirthDate", 0, 2), cells("CINdetails", "ReferralNFA", 0, 2)));
    }

    @Test
    void rule8555ReferralAfterDeath() {
        Table cin = t("CINdetails", "LAchildID,CINreferralDate", "child1|2000-05-26", "child2|2002-06-27",
                "child3|1999-02-07", "child4|~", "child5|2001-03-14");
        Table ids = t("ChildIdentifiers", "LAchildID,PersonDeathDate", "child1|2000-05-26", "child2|2000-05-26",
                "child3|2000-05-26", "child4|2000-05-26", "child5|~");
        assertThat(flags(new Rule8555Q(), cin, ids)).isEqualTo(all(
                cells("CINdetails", "CINreferralDate", 1), cells("ChildIdentifiers", "PersonDeathDate", 1)));
    }

    @Test
    void rule8565ActivityAfterClosure() {
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,CINclosureDate,DateOfInitialCPC",
                "child1|CINID1|2022-05-26|2022-05-26", "child1|CINID2|2022-05-26|~", "child1|CINID3|2022-05-26|2022-05-27",
                "child1|CINID4|2022-05-26|2022-05-26");
        Table ass = t("Assessments", "LAchildID,CINdetailsID,AssessmentActualStartDate,AssessmentAuthorisationDate",
                "child1|CINID1|2022-05-27|2022-05-26", "child1|CINID1|2022-05-26|2022-05-26",
                "child1|CINID2|2022-05-27|2022-05-26", "child1|CINID3|2022-05-26|2022-05-26", "child1|CINID4|~|~");
        Table s47 = t("Section47", "LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC",
                "child1|CINID1|2022-05-27|2022-05-26");
        Table cpp = t("ChildProtectionPlans", "LAchildID,CINdetailsID,CPPendDate", "child1|CINID1|2022-05-27");
        Table plans = t("CINplanDates", "LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate",
                "child1|CINID1|2022-05-27|2022-05-26");
        assertThat(flags(new Rule8565(), cin, ass, s47, cpp, plans)).isEqualTo(all(
                cells("CINdetails", "CINclosureDate,DateOfInitialCPC", 0, 1, 2),
                cells("Assessments", "AssessmentActualStartDate,AssessmentAuthorisationDate", 0, 2),
                cells("Section47", "S47ActualStartDate,DateOfInitialCPC", 0),
                cells("ChildProtectionPlans", "CPPendDate", 0),
                cells("CINplanDates", "CINPlanStartDate,CINPlanEndDate", 0)));
    }

    @Test
    void rules8568To8569ReferralNfa() {
        Table cin = t("CINdetails", "ReferralNFA", "1", "0", "2", "~", "true", "Woof", "Meow", "FALSE");
        assertThat(flags(RuleRegistry.version(Rules4180To8910.class, "8568", "cin2022_23"), cin)).isEqualTo(cells("CINdetails", "ReferralNFA", 2, 3, 5, 6));
        Table referrals = t("CINdetails", "LAchildID,CINreferralDate,ReferralNFA,CINdetailsID",
                "child1|1880-10-26|true|cinID1", "child2|2001-10-26|true|cinID2", "child3|1880-10-26|false|cinID3",
                "child4|1999-10-26|false|cinID4", "child5|~|false|cinID5");
        assertThat(flags(new Rule8569Q(), referrals, header("2000-03-31")))
                .isEqualTo(cells("CINdetails", "CINreferralDate", 0));
    }

    @Test
    void rules8600To8608ReferralAndAssessmentDates() {
        Table refs = t("CINdetails", "CINreferralDate", "2021-06-30", "2022-01-25", "2022-12-25", "~");
        assertThat(flags(RuleRegistry.version(Rules4010To8720.class, "8600", "cin2022_23"), refs, header("2022-03-31"))).isEqualTo(cells("CINdetails", "CINreferralDate", 2, 3));
        Table cin = t("CINdetails", "LAchildID,CINreferralDate", "child1|2000-04-26", "child2|1998-06-27",
                "child3|2000-04-07", "child4|1998-02-07");
        Table ids = t("ChildIdentifiers", "LAchildID,PersonBirthDate,ExpectedPersonBirthDate", "child1|2000-05-26|~",
                "child2|2000-05-26|~", "child3|~|2000-05-26", "child4|~|2000-05-26");
        assertThat(flags(new Rule8606(), cin, ids)).isEqualTo(all(cells("CINdetails", "CINreferralDate", 1, 3),
                cells("ChildIdentifiers", "PersonBirthDate,ExpectedPersonBirthDate", 1, 3)));
        Table ass = t("Assessments", "LAchildID,AssessmentActualStartDate,AssessmentAuthorisationDate",
                "c1|2000-05-26|2000-05-26", "c2|2000-05-26|2001-05-26", "c3|2000-05-26|1999-05-26", "c3|2000-05-26|~",
                "c4|2000-05-26|2000-05-25", "c5|~|~");
        assertThat(flags(new Rule8608(), ass))
                .isEqualTo(cells("Assessments", "AssessmentActualStartDate,AssessmentAuthorisationDate", 2, 4));
    }

    @Test
    void rules8614To8650DetailsCodes() {
        Table ass = t("Assessments", "LAchildID,AssessmentAuthorisationDate,AssessmentFactors", "c1|2000-05-26|1A",
                "c2|2000-05-26|2B", "c3|~|1A", "c3|2000-05-26|~", "c4|~|2A,3B", "c5|~|~");
        assertThat(flags(new Rule8614(), ass))
                .isEqualTo(cells("Assessments", "AssessmentAuthorisationDate,AssessmentFactors", 2, 4));
        Table s47 = t("Section47", "LAchildID,S47ActualStartDate,DateOfInitialCPC", "A|2020-01-01|2020-01-01",
                "B|2020-02-01|2020-01-01", "C|~|~", "D|2020-07-01|2020-01-01", "E|~|2020-01-01");
        assertThat(flags(new Rule8615(), s47)).isEqualTo(cells("Section47", "S47ActualStartDate,DateOfInitialCPC", 1, 3, 4));
        Table closures = t("CINdetails", "CINclosureDate", "2019-03-01", "2021-04-10", "2022-10-01", "2021-04-01", "~");
        assertThat(flags(RuleRegistry.version(Rules4013To8930.class, "8620", "cin2022_23"), closures, header("2022-03-31"))).isEqualTo(cells("CINdetails", "CINclosureDate", 0, 2));
        Table reasons = t("CINdetails", "ReasonForClosure", "RC1", "RC13", "~", "RC0");
        assertThat(flags(RuleRegistry.version(Rules4180To8910.class, "8640", "cin2022_23"), reasons)).isEqualTo(cells("CINdetails", "ReasonForClosure", 1, 3));
        Table needs = t("CINdetails", "PrimaryNeedCode", "N1", "N8", "AA", "~", "N6", "BB", "N9");
        assertThat(flags(RuleRegistry.version(Rules4180To8910.class, "8650", "cin2022_23"), needs)).isEqualTo(cells("CINdetails", "PrimaryNeedCode", 2, 5));
    }

    @Test
    void rules8670And8675WorkingDaysBeforeTheEnd() {
        Table ass = t("Assessments", "LAchildID,AssessmentAuthorisationDate,AssessmentActualStartDate",
                "ID1|2022-05-26|2022-10-15", "ID2|~|2022-10-15", "ID3|~|2023-03-15", "ID4|~|2023-01-29",
                "ID5|~|2023-01-30");
        assertThat(flags(new Rule8670Q(), ass, header("2023-03-31")))
                .isEqualTo(cells("Assessments", "AssessmentAuthorisationDate,AssessmentActualStartDate", 1, 3));
        Table s47 = t("Section47", "LAchildID,DateOfInitialCPC,S47ActualStartDate,ICPCnotRequired",
                "child1|~|2022-01-29|false", "child2|2000-05-26|2001-05-26|false", "child3|~|2022-03-25|false",
                "child3|2000-05-26|~|false", "child5|~|~|true", "child6|~|2022-01-29|0");
        assertThat(flags(new Rule8675Q(), s47, header("2022-03-31")))
                .isEqualTo(cells("Section47", "DateOfInitialCPC,S47ActualStartDate,ICPCnotRequired", 0, 5));
        Table auth = t("Assessments", "AssessmentAuthorisationDate", "2019-03-01", "2021-04-01", "2022-10-01", "~");
        assertThat(flags(RuleRegistry.version(Rules4013To8930.class, "8696", "cin2022_23"), auth, header("2022-03-31")))
                .isEqualTo(cells("Assessments", "AssessmentAuthorisationDate", 0, 2));
    }

    @Test
    void workingDaysFollowTheReferenceValidator() {
        // 45 working days before Friday 31 March 2023, counted inclusively, is Monday 30 January 2023.
        assertThat(WorkingDays.minus(java.time.LocalDate.of(2023, 3, 31), 45)).isEqualTo(java.time.LocalDate.of(2023, 1, 30));
        // Good Friday and Easter Monday 2024 are bank holidays.
        assertThat(WorkingDays.isWorkingDay(java.time.LocalDate.of(2024, 3, 29))).isFalse();
        assertThat(WorkingDays.isWorkingDay(java.time.LocalDate.of(2024, 4, 1))).isFalse();
        assertThat(WorkingDays.minus(java.time.LocalDate.of(2024, 4, 1), 1)).isEqualTo(java.time.LocalDate.of(2024, 4, 2));
    }
}
