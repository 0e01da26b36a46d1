package org.kindred.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.cin.rules.CinTestData.all;
import static org.kindred.returns.cin.rules.CinTestData.cells;
import static org.kindred.returns.cin.rules.CinTestData.flags;
import static org.kindred.returns.cin.rules.CinTestData.header;
import static org.kindred.returns.cin.rules.CinTestData.t;

import org.junit.jupiter.api.Test;
import org.kindred.returns.cin.rules.assessments.Rule8736;
import org.kindred.returns.cin.rules.assessments.Rule8863Q;
import org.kindred.returns.cin.rules.assessments.Rule8869;
import org.kindred.returns.cin.rules.assessments.Rule8873Q;
import org.kindred.returns.cin.rules.assessments.Rule8897Q;
import org.kindred.returns.cin.rules.assessments.Rule8898;
import org.kindred.returns.cin.rules.assessments.Rules8945QAnd8950Q;
import org.kindred.returns.cin.rules.cells.Rules4180To8910;
import org.kindred.returns.cin.rules.child.Rule8750;
import org.kindred.returns.cin.rules.dates.Rules4008To8920;
import org.kindred.returns.cin.rules.dates.Rules4010To8720;
import org.kindred.returns.cin.rules.dates.Rules4011To8925;
import org.kindred.returns.cin.rules.disabilities.Rule8790;
import org.kindred.returns.cin.rules.overlaps.Rule8820;
import org.kindred.returns.cin.rules.overlaps.Rules4004To8935;
import org.kindred.returns.cin.rules.overlaps.Rules4014And8940;
import org.kindred.returns.cin.rules.protection.Rule8730;
import org.kindred.returns.cin.rules.protection.Rule8841;
import org.kindred.returns.cin.rules.referrals.Rule8815;
import org.kindred.returns.cin.rules.referrals.Rule8816;
import org.kindred.returns.cin.rules.referrals.Rule8825Q;
import org.kindred.returns.cin.rules.referrals.Rule8831;
import org.kindred.returns.cin.rules.referrals.Rule8866;
import org.kindred.returns.cin.rules.referrals.Rule8868;
import org.kindred.returns.cin.rules.referrals.Rules4000And8832;
import org.kindred.returns.cin.rules.referrals.Rules8805And8810;
import org.kindred.returns.cin.rules.section47.Rules8870QAnd8875;
import org.kindred.returns.cin.rules.upn.Rule8770Q;
import org.kindred.returns.cin.rules.upn.Rule8772;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** CIN rules 8720 to 8945Q that have no shared sample case; cases follow the reference tests. */
class Rules8720To8945Test {

    @Test
    void rules8720To8736PlanAndAssessmentDates() {
        Table cpp = t("ChildProtectionPlans", "CPPID,CPPstartDate,NumberOfPreviousCPP", "ID1|2019-03-01|1234",
                "~|~|~", "ID1|2022-10-01|~", "ID1|~|-1");
        assertThat(flags(RuleRegistry.version(Rules4010To8720.class, "8720", "cin2022_23"), cpp, header("2022-03-31"))).isEqualTo(cells("ChildProtectionPlans", "CPPstartDate", 2, 3));
        assertThat(flags(new Rule8730(), cpp)).isEqualTo(cells("ChildProtectionPlans", "NumberOfPreviousCPP", 1, 2, 3));
        Table ass = t("Assessments", "CINdetailsID,LAchildID,AssessmentAuthorisationDate,AssessmentActualStartDate",
                "~|child1|~|2021-05-27", "1|child2|~|2020-03-26", "1|child3|2021-06-27|2021-05-27", "1|child4|~|2024-04-10",
                "1|child5|~|2022-05-27", "~|child6|~|~");
        assertThat(flags(new Rule8736(), ass, header("2022-03-31")))
                .isEqualTo(cells("Assessments", "AssessmentAuthorisationDate,AssessmentActualStartDate", 1, 3, 4));
    }

    @Test
    void rule8750UnbornChildGenderAndSex() {
        Table ids = t("ChildIdentifiers", "LAchildID,PersonBirthDate,ExpectedPersonBirthDate,GenderCurrent,Sex",
                "child1|2000-05-26|2000-05-26|1|M", "child2|2000-05-26|~|2|F", "child3|~|1999-05-26|0|U",
                "child3|~|~|2|F", "child4|~|2000-05-25|2|F", "child4|~|2000-05-25|1|M");
        assertThat(flags(RuleRegistry.version(Rule8750.class, "8750", "cin2022_23"), ids))
                .isEqualTo(cells("ChildIdentifiers", "GenderCurrent,PersonBirthDate,ExpectedPersonBirthDate", 4, 5));
        assertThat(flags(RuleRegistry.version(Rule8750.class, "8750", "cin2024_25"), ids))
                .isEqualTo(cells("ChildIdentifiers", "Sex,PersonBirthDate,ExpectedPersonBirthDate", 4, 5));
    }

    @Test
    void rule8770UpnExpectedForSchoolAgeChildren() {
        Table ids = t("ChildIdentifiers", "LAchildID,PersonBirthDate,UPN,UPNunknown", "child1|2000-05-26|~|~",
                "child2|1990-05-26|AAA|~", "child3|1990-05-26|~|UN2", "child4|1990-05-26|~|un5", "child5|1990-05-26|~|~",
                "child6|1990-05-26|~|UN1", "child7|1990-05-26|~|UN8");
        Table cin = t("CINdetails", "LAchildID,ReferralNFA", "child1|0", "child2|false", "child3|FALSE", "child4|0",
                "child5|0", "child6|0", "child6|1", "child7|1");
        assertThat(flags(RuleRegistry.version(Rule8770Q.class, "8770Q", "cin2022_23"), ids, cin, header("2001-03-31"))).isEqualTo(cells("ChildIdentifiers", "UPN,UPNunknown", 4, 5));

        Table ids2025 = t("ChildIdentifiers", "LAchildID,PersonBirthDate,UPN,UPNunknown", "child1|1995-09-01|~|~",
                "child2|1990-05-26|AAA|~", "child3|1990-05-26|~|UN2", "child4|1990-05-26|~|un5", "child5|1995-08-31|~|~",
                "child6|1995-08-31|~|UN1", "child7|1990-05-26|~|UN8", "child8|1993-08-31|~|~");
        Table cin2025 = t("CINdetails", "LAchildID,ReferralNFA", "child1|0", "child2|false", "child3|FALSE", "child4|0",
                "child5|0", "child6|0", "child6|1", "child7|1", "child8|0");
        assertThat(flags(RuleRegistry.version(Rule8770Q.class, "8770Q", "cin2024_25"), ids2025, cin2025, header("2001-03-31")))
                .isEqualTo(cells("ChildIdentifiers", "UPN,UPNunknown", 4, 5, 7));
    }

    @Test
    void rule8772Un7NeedsNoFurtherAction() {
        Table ids = t("ChildIdentifiers", "LAchildID,UPNunknown", "child1|UN6", "child2|UN7", "child3|UN7", "child4|UN7",
                "child5|UN4");
        Table cin = t("CINdetails", "LAchildID,ReferralNFA", "child1|True", "child2|1", "child3|~", "child4|nottrue",
                "child5|True");
        assertThat(flags(new Rule8772(), ids, cin)).isEqualTo(all(
                cells("ChildIdentifiers", "UPNunknown", 2, 3), cells("CINdetails", "ReferralNFA", 2, 3)));
    }

    @Test
    void rule8790NoneWithOtherDisabilities() {
        Table dis = t("Disabilities", "LAchildID,Disability", "1|NONE", "1|AIND", "2|NONE", "3|~", "3|MOTH", "4|NONE",
                "4|AAAA", "5|AA");
        assertThat(flags(new Rule8790(), dis)).isEqualTo(cells("Disabilities", "Disability", 1, 6));
    }

    @Test
    void rules8805And8810ClosureDateAndReason() {
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,CINclosureDate,ReasonForClosure", "c1|1|2000-05-26|RC1",
                "c2|2|~|RC1", "c3|3|1999-05-26|RC1", "c3|4|2000-05-26|~", "c4|5|2000-05-25|~", "c5|6|~|~");
        assertThat(flags(RuleRegistry.version(Rules8805And8810.class, "8805", "cin2022_23"), cin)).isEqualTo(cells("CINdetails", "CINclosureDate,ReasonForClosure", 3, 4));
        assertThat(flags(RuleRegistry.version(Rules8805And8810.class, "8810", "cin2022_23"), cin)).isEqualTo(cells("CINdetails", "ReasonForClosure,CINclosureDate", 1));
    }

    @Test
    void rules8815To8820OpenAndOverlappingEpisodes() {
        Table cin = t("CINdetails", "LAchildID,CINreferralDate,CINclosureDate,CINdetailsID,ReferralNFA",
                "child1|2000-05-26|~|cinID1|true", "child1|2000-08-26|~|cinID12|0", "child2|2000-05-26|2000-10-25|cinID2|true",
                "child2|2000-10-26|2000-12-26|cinID22|true", "child3|2000-05-26|~|cinID3|0", "child3|2000-08-26|~|cinID32|0",
                "child4|2000-10-26|~|cinID4|false", "child4|2001-03-31|~|cinID42|0");
        assertThat(flags(new Rule8815(), cin, header("2001-03-31"))).isEqualTo(cells("CINdetails", "CINclosureDate", 4, 5, 6, 7));

        Table open = t("CINdetails", "LAchildID,CINclosureDate,CINreferralDate,CINdetailsID,ReferralNFA",
                "child1|~|2000-10-26|cinID1|0", "child1|2001-05-26|2001-10-26|cinID2|0", "child1|~|1999-10-26|cinID3|0",
                "child1|~|2002-10-26|cinID4|0", "child2|~|1999-10-26|cinID3|0", "child2|~|1990-10-26|cinID3|0",
                "child4|~|~|cinID3|0", "child4|~|~|cinID4|0", "child5|~|1999-10-26|cinID4|0", "child5|~|1999-10-26|cinID5|0");
        assertThat(flags(new Rule8816(), open)).isEqualTo(cells("CINdetails", "CINreferralDate", 0, 2, 3, 4, 5, 8, 9));

        Table overlap = t("CINdetails", "LAchildID,CINreferralDate,CINclosureDate,CINdetailsID,ReferralNFA",
                "child1|2000-05-26|2000-10-26|cinID1|true", "child1|2000-08-26|~|cinID12|0",
                "child2|2000-05-26|2000-10-25|cinID2|true", "child2|2000-10-26|2000-12-26|cinID22|true",
                "child3|2000-05-26|2001-10-26|cinID3|true", "child3|2000-08-26|2000-10-26|cinID32|true",
                "child4|2000-10-26|2001-03-31|cinID4|true", "child4|2000-09-26|~|cinID42|true",
                "child5|2000-07-08|2000-08-23|cinID4|false", "child5|2000-05-05|2000-07-08|cinID5|false",
                "child6|2000-05-05|2000-07-08|cinID5|0", "child6|2000-05-05|2000-07-08|cinID5|0");
        assertThat(flags(new Rule8820(), overlap, header("2001-03-31"))).isEqualTo(all(
                cells("CINdetails", "CINreferralDate", 0, 1, 4, 5, 10, 11), cells("CINdetails", "CINclosureDate", 0, 4, 10, 11)));
    }

    @Test
    void rules8825To8832NoFurtherActionAndClosureReasons() {
        Table ass = t("Assessments", "LAchildID,CINdetailsID", "child7|cinID1", "child3|cinID1", "child3|cinID2",
                "child3|cinID3", "child3|cinID4", "child4|cinID1");
        Table cin = t("CINdetails", "LAchildID,ReasonForClosure,CINdetailsID", "child1|~|cinID1", "child1|EX7|cinID2",
                "child2|EX7|cinID1", "child3|RC8|cinID1", "child3|EX7|cinID2", "child3|RC9|cinID3", "child4|RC8|cinID4");
        assertThat(flags(new Rule8825Q(), cin, ass)).isEqualTo(cells("CINdetails", "ReasonForClosure", 6));

        Table s47 = t("Section47", "LAchildID,DateOfInitialCPC,CINdetailsID,S47ActualStartDate", "child1|~|cinID2|~",
                "child2|~|cinID2|2000-01-01", "child2|~|cinID1|~", "child3|~|cinID1|~", "child3|~|cinID2|~",
                "child3|~|cinID3|~", "child3|~|cinID4|~");
        Table nfa = t("CINdetails", "LAchildID,DateOfInitialCPC,CINdetailsID,ReferralNFA", "child1|~|cinID1|1",
                "child2|~|cinID2|true", "child3|~|cinID3|1", "child4|2000-05-28|cinID4|true", "child3|2000-05-26|cinID2|false",
                "child3|2003-05-26|cinID8|false", "child3|2001-03-14|cinID4|false");
        Table ass2 = t("Assessments", "LAchildID,CINdetailsID,AssessmentAuthorisationDate,AssessmentActualStartDate",
                "child1|cinID1|2000-01-01|~", "child3|cinID3|2000-01-01|2000-01-01", "child1|cinID2|~|~",
                "child1|cinID3|~|~", "child1|cinID4|~|~");
        assertThat(flags(new Rule8831(), s47, nfa, ass2)).isEqualTo(all(cells("CINdetails", "DateOfInitialCPC", 0, 1, 2, 3),
                cells("Assessments", "LAchildID", 0, 1), cells("Section47", "LAchildID", 1)));

        Table cpp = t("ChildProtectionPlans", "LAchildID,CINdetailsID", "child1|CDID1", "child1|CDID2", "child4|CDID0",
                "child5|CDID0");
        Table cin2 = t("CINdetails", "LAchildID,CINdetailsID,ReferralNFA", "child1|CDID1|1", "child1|CDID2|~",
                "child3|CDID6|1", "child4|CDID0|false", "child5|CDID0|0");
        assertThat(flags(RuleRegistry.version(Rules4000And8832.class, "8832", "cin2022_23"), cpp, cin2)).isEqualTo(all(
                cells("ChildProtectionPlans", "LAchildID", 0), cells("CINdetails", "ReferralNFA", 0)));
    }

    @Test
    void rules8840To8842PlanDatesAndReviews() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CPPstartDate,CPPendDate", "child1|1989-10-08|1989-10-08",
                "child2|1993-12-05|1993-12-05", "child3|1993-12-05|2022-09-12", "child4|1997-12-05|1997-12-05", "child5|~|~");
        assertThat(flags(RuleRegistry.version(Rules4011To8925.class, "8840", "cin2022_23"), cpp)).isEqualTo(cells("ChildProtectionPlans", "CPPstartDate,CPPendDate", 0, 1, 3));

        Table plans = t("ChildProtectionPlans", "LAchildID,CPPstartDate,CPPID", "child1|2000-05-26|cinID1",
                "child1|2002-06-27|cinID2", "child3|2001-02-07|cinID6", "child2|2000-05-26|cinID3", "child3|2000-05-26|cinID4",
                "child3|~|cinID5", "child3|2001-03-14|cinID7");
        Table reviews = t("Reviews", "LAchildID,CPPreviewDate,CPPID", "child1|2000-05-26|cinID1", "child1|2000-05-26|cinID2",
                "child3|2000-05-26|cinID6", "child2|2000-05-30|cinID3", "child3|2000-05-27|cinID4", "child3|2000-05-26|cinID5",
                "child3|~|cinID7");
        assertThat(flags(new Rule8841(), plans, reviews)).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPstartDate", 0, 1, 2), cells("Reviews", "CPPreviewDate", 0, 1, 2)));

        Table missing = t("Reviews", "CPPreviewDate", "2000-05-26", "~", "not a date");
        assertThat(flags(RuleRegistry.version(Rules4180To8910.class, "8842Q", "cin2022_23"), missing)).isEqualTo(cells("Reviews", "CPPreviewDate", 1, 2));
    }

    @Test
    void rule8863OverlappingAssessments() {
        Table ass = t("Assessments", "LAchildID,CINdetailsID,AssessmentActualStartDate,AssessmentAuthorisationDate",
                "child1|cinID1|2000-05-26|2000-10-26", "child1|cinID1|2000-08-26|~", "child2|cinID2|2000-05-26|2000-10-25",
                "child2|cinID22|2000-10-26|2000-12-26", "child3|cinID3|2000-05-26|2001-10-26",
                "child3|cinID3|2000-08-26|2000-10-26", "child4|cinID1|2000-10-26|2001-03-31", "child4|cinID1|2000-09-26|~",
                "child5|cinID1|2000-03-01|2000-04-01", "child5|cinID1|2000-09-01|2000-10-01");
        assertThat(flags(new Rule8863Q(), ass, header("2001-03-31"))).isEqualTo(all(
                cells("Assessments", "AssessmentActualStartDate", 0, 1, 4, 5, 6, 7),
                cells("Assessments", "AssessmentAuthorisationDate", 0, 4, 7)));
    }

    @Test
    void rules8866To8869ReferralSourceClosureAndFactor21() {
        Table cin = t("CINdetails", "LAchildID,CINreferralDate,ReferralSource", "ID1|2020-01-01|1Z", "ID2|2020-01-01|~",
                "ID3|2000-01-01|1A", "ID4|2012-01-01|pd.NA", "ID4|2020-01-01|1C");
        assertThat(flags(new Rule8866(), cin)).isEqualTo(cells("CINdetails", "CINreferralDate,ReferralSource", 0, 1));

        Table s47 = t("Section47", "LAchildID,DateOfInitialCPC,ICPCnotRequired,CINdetailsID", "child1|~|false|cinID1",
                "child1|~|true|cinID2", "child2|~|1|cinID1", "child3|2000-05-27|false|cinID1", "child3|1999-10-26|nottrue|cinID2",
                "child3|2000-05-26|1|cinID2", "child4|~|false|cinID4");
        Table closed = t("CINdetails", "LAchildID,CINclosureDate,CINdetailsID", "child1|1999-10-26|cinID1",
                "child1|2000-05-26|cinID2", "child2|2000-05-26|cinID1", "child3|2000-05-28|cinID1", "child3|2000-05-26|cinID2",
                "child3|2003-05-26|cinID3", "child4|~|cinID4");
        assertThat(flags(new Rule8868(), s47, closed)).isEqualTo(all(cells("CINdetails", "CINclosureDate", 0, 4),
                cells("Section47", "DateOfInitialCPC,ICPCnotRequired", 0, 5)));

        Table factors = t("Assessments", "LAchildID,CINdetailsID,AssessmentFactors", "1|1|21", "1|1|AIND", "2|2|NONE",
                "3|3|~", "3|3|MOTH", "4|4|21", "4|4|AAAA", "5|5|AA", "6|6|21,1A", "7|7|21");
        assertThat(flags(new Rule8869(), factors)).isEqualTo(cells("Assessments", "AssessmentFactors", 1, 6, 8));
    }

    @Test
    void rule8873SingleAssessmentWithFactor21() {
        Table ass = t("Assessments", "LAchildID,AssessmentFactors,CINdetailsID,AssessmentID", "child1|21|cinID1|11",
                "child1|BOO|cinID2|12", "child2|BOO|cinID1|21", "child3|21|cinID1|31", "child3|~|cinID2|32",
                "child3|21|cinID3|33", "child3|21|cinID4|34", "child3|20|cinID4|35");
        Table cin = t("CINdetails", "LAchildID,ReasonForClosure,CINdetailsID", "child1|RC8|cinID1", "child1|RC3|cinID2",
                "child2|RC8|cinID1", "child3|RC10|cinID1", "child3|RC9|cinID2", "child3|RC10|cinID3", "child3|RC10|cinID4");
        assertThat(flags(new Rule8873Q(), ass, cin)).isEqualTo(all(
                cells("Assessments", "AssessmentFactors", 3, 5), cells("CINdetails", "ReasonForClosure", 3, 5)));
    }

    @Test
    void rules8875To8898ConferenceWeekendsOpenAssessmentsAndFactors() {
        Table s47 = t("Section47", "DateOfInitialCPC", "2021-06-17", "2022-10-09", "2020-03-14");
        assertThat(flags(RuleRegistry.version(Rules8870QAnd8875.class, "8875", "cin2022_23"), s47)).isEqualTo(cells("Section47", "DateOfInitialCPC", 1, 2));

        Table open = t("Assessments", "LAchildID,CINdetailsID,AssessmentAuthorisationDate", "child1|cinID1|~",
                "child1|cinID1|~", "child1|cinID2|~", "child2|cinID1|2021-05-26", "child2|cinID2|~", "child2|cinID2|~");
        assertThat(flags(RuleRegistry.version(Rules4004To8935.class, "8896", "cin2022_23"), open)).isEqualTo(cells("Assessments", "AssessmentAuthorisationDate", 0, 1, 4, 5));

        Table completed = t("Assessments", "LAchildID,AssessmentFactors,AssessmentAuthorisationDate", "child1|~|2000-05-26",
                "child2|99|2000-05-26", "child3|1A|2000-05-26", "child3|~|2000-05-26", "child4|1A,2B|2000-05-26",
                "child5|~|~", "child5|~|1945-05-26", "child6|1A,99|2000-05-26");
        assertThat(flags(new Rule8897Q(), completed, header("2001-03-31")))
                .isEqualTo(cells("Assessments", "AssessmentAuthorisationDate,AssessmentFactors", 0, 1, 3, 7));

        Table dupes = t("Assessments", "LAchildID,CINdetailsID,AssessmentFactors,AssessmentActualStartDate",
                "child1|cinID1|111|2000-01-01", "child1|cinID1|111|2000-01-01", "child1|cinID1|111|2000-01-02",
                "child1|cinID2|222|2001-01-02", "child2|cinID1|1A,2B,1A|2001-01-02");
        assertThat(flags(new Rule8898(), dupes)).isEqualTo(cells("Assessments", "AssessmentFactors", 0, 1, 4));
    }

    @Test
    void rules8905To8940ChildProtectionPlans() {
        Table cats = t("ChildProtectionPlans", "InitialCategoryOfAbuse", "NEG", "AAA", "PHY", "~", "BBB", "EMO", "MUL");
        assertThat(flags(RuleRegistry.version(Rules4180To8910.class, "8905", "cin2022_23"), cats)).isEqualTo(cells("ChildProtectionPlans", "InitialCategoryOfAbuse", 1, 3, 4));

        Table starts = t("ChildProtectionPlans", "LAchildID,CPPstartDate,CPPendDate", "child1|2000-05-26|2000-05-26",
                "child2|2002-06-27|2002-06-28", "child3|1999-02-07|2000-05-26", "child4|2000-05-26|~", "child5|2001-05-26|2001-05-25",
                "child6|~|2001-01-01");
        Table deaths = t("ChildIdentifiers", "LAchildID,PersonDeathDate", "child1|2000-05-26", "child2|2000-05-26",
                "child3|2000-05-26", "child4|~", "child5|2000-05-27", "child6|2000-12-31");
        assertThat(flags(RuleRegistry.version(Rules4008To8920.class, "8915", "cin2022_23"), starts, deaths)).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPstartDate", 1, 4), cells("ChildIdentifiers", "PersonDeathDate", 1, 4)));
        assertThat(flags(RuleRegistry.version(Rules4008To8920.class, "8920", "cin2022_23"), starts, deaths)).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPendDate", 1, 4, 5), cells("ChildIdentifiers", "PersonDeathDate", 1, 4, 5)));
        assertThat(flags(RuleRegistry.version(Rules4011To8925.class, "8925", "cin2022_23"), starts)).isEqualTo(cells("ChildProtectionPlans", "CPPstartDate,CPPendDate", 4));

        Table open = t("ChildProtectionPlans", "LAchildID,CPPID,CPPendDate", "child1|CPPID1|~", "child1|CPPID1|~",
                "child1|CPPID2|~", "child2|CPPID1|2021-05-26", "child2|CPPID2|~", "child2|CPPID2|~");
        assertThat(flags(RuleRegistry.version(Rules4004To8935.class, "8935", "cin2022_23"), open)).isEqualTo(cells("ChildProtectionPlans", "CPPendDate", 0, 1, 4, 5));

        Table overlap = t("ChildProtectionPlans", "LAchildID,CPPstartDate,CPPendDate,CPPID", "child1|2000-05-26|2000-10-26|cinID1",
                "child1|2000-08-26|2000-12-26|cinID12", "child2|2000-05-26|2000-10-25|cinID2", "child2|2000-10-26|2000-12-26|cinID22",
                "child3|2000-05-26|~|cinID3", "child3|2000-08-26|2000-10-26|cinID32", "child4|2000-10-26|2001-03-31|cinID4",
                "child4|2001-03-31|~|cinID42");
        assertThat(flags(RuleRegistry.version(Rules4014And8940.class, "8940", "cin2022_23"), overlap, header("2001-03-31"))).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPstartDate", 0, 1, 4, 5, 6, 7), cells("ChildProtectionPlans", "CPPendDate", 0, 4, 6)));
    }

    @Test
    void rule8945FactorCode18A() {
        Table ass = t("Assessments", "AssessmentFactors", "~", "18a", "18A", "18B", "18C", "1A,18A");
        assertThat(flags(RuleRegistry.version(Rules8945QAnd8950Q.class, "8945Q", "cin2024_25"), ass)).isEqualTo(cells("Assessments", "AssessmentFactors", 1, 2, 5));
        Table nineteen = t("Assessments", "AssessmentFactors", "19A", "19B", "2A,19a");
        assertThat(flags(RuleRegistry.version(Rules8945QAnd8950Q.class, "8950Q", "cin2024_25"), nineteen)).isEqualTo(cells("Assessments", "AssessmentFactors", 0, 2));
    }
}
