package org.kindred.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.cin.rules.CinTestData.all;
import static org.kindred.returns.cin.rules.CinTestData.cells;
import static org.kindred.returns.cin.rules.CinTestData.failsReturn;
import static org.kindred.returns.cin.rules.CinTestData.flags;
import static org.kindred.returns.cin.rules.CinTestData.header;
import static org.kindred.returns.cin.rules.CinTestData.t;

import org.junit.jupiter.api.Test;
import org.kindred.returns.cin.rules.assessments.Rule2991Q;
import org.kindred.returns.cin.rules.dates.Rules1103To4015;
import org.kindred.returns.cin.rules.referrals.Rule2990;
import org.kindred.returns.cin.rules.returnlevel.Rule2883;
import org.kindred.returns.cin.rules.returnlevel.Rule2887Q;
import org.kindred.returns.cin.rules.returnlevel.Rule2888Q;
import org.kindred.returns.cin.rules.section47.Rule2885;
import org.kindred.returns.cin.rules.upn.Rule1520;
import org.kindred.returns.cin.rules.upn.Rules1510To1580;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** CIN rules 1103 to 2991Q (and 1570/1580) that have no shared sample case; cases follow the reference tests. */
class Rules1103To2991Test {

    @Test
    void rule1103AssessmentBeforeReferral() {
        Table ass = t("Assessments", "LAchildID,CINdetailsID,AssessmentActualStartDate",
                "child1|CIN1|2021-06-30", "child2|CIN2|2021-09-10", "child3|CIN3|~", "child4|CIN4|2021-12-01",
                "child5|CIN5|2022-02-10");
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,CINreferralDate",
                "child1|CIN1|2021-07-01", "child2|CIN2|2021-09-01", "child3|CIN3|2000-05-26", "child4|CIN4|2021-12-10",
                "child5|CIN5|~");
        assertThat(flags(RuleRegistry.version(Rules1103To4015.class, "1103", "cin2022_23"), ass, cin)).isEqualTo(all(
                cells("Assessments", "AssessmentActualStartDate", 0, 3), cells("CINdetails", "CINreferralDate", 0, 3)));
    }

    @Test
    void rule1104ConferenceBeforeReferral() {
        Table s47 = t("Section47", "LAchildID,CINdetailsID,DateOfInitialCPC",
                "child1|cinID1|2000-05-19", "child1|cinID2|2000-05-26", "child2|cinID1|~", "child3|cinID1|2003-05-31",
                "child3|cinID2|2000-05-26");
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,CINreferralDate",
                "child1|cinID1|2001-10-26", "child1|cinID2|2002-06-13", "child2|cinID1|2000-05-26",
                "child3|cinID1|2000-05-28", "child3|cinID2|~", "child3|cinID4|2000-05-28");
        assertThat(flags(RuleRegistry.version(Rules1103To4015.class, "1104", "cin2022_23"), s47, cin)).isEqualTo(all(
                cells("Section47", "DateOfInitialCPC", 0, 1), cells("CINdetails", "CINreferralDate", 0, 1)));
    }

    @Test
    void rule1105PlanBeforeReferral() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CPPstartDate,CINdetailsID",
                "child1|2000-05-26|cinID1", "child1|2002-06-27|cinID2", "child3|1999-02-07|cinID6",
                "child2|2000-05-26|cinID3", "child3|2001-05-26|cinID4");
        Table cin = t("CINdetails", "LAchildID,CINreferralDate,CINdetailsID",
                "child1|2000-05-26|cinID1", "child1|2000-05-26|cinID2", "child3|2000-05-26|cinID6",
                "child2|2000-05-30|cinID3", "child3|2000-05-27|cinID4");
        assertThat(flags(RuleRegistry.version(Rules1103To4015.class, "1105", "cin2022_23"), cpp, cin)).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPstartDate", 2, 3), cells("CINdetails", "CINreferralDate", 2, 3)));
    }

    @Test
    void rule1520DuplicateUpn() {
        Table ids = t("ChildIdentifiers", "LAchildID,UPN", "child1|1234", "child2|1234", "child3|12345", "child4|~",
                "child4|~");
        assertThat(flags(new Rule1520(), ids)).isEqualTo(cells("ChildIdentifiers", "UPN", 0, 1));
    }

    @Test
    void rule1530LaCodeOfUpn() {
        Table ids = t("ChildIdentifiers", "UPN", "A38100178301", "~", "H003278544154", "R34", "R421962919251",
                "X817558133462", "ASFFAGSVSV123", "A942001783010");
        assertThat(flags(RuleRegistry.version(Rules1510To1580.class, "1530", "cin2022_23"), ids)).isEqualTo(cells("ChildIdentifiers", "UPN", 4, 5, 6, 7));
        assertThat(flags(RuleRegistry.version(Rules1510To1580.class, "1530", "cin2023_24"), ids)).isEqualTo(cells("ChildIdentifiers", "UPN", 4, 5, 6));
    }

    @Test
    void rule1540UpnDigits() {
        Table ids = t("ChildIdentifiers", "UPN", "~", "X000000000000", "X0000y0000000", "x0000000er00e0");
        assertThat(flags(RuleRegistry.version(Rules1510To1580.class, "1540", "cin2022_23"), ids)).isEqualTo(cells("ChildIdentifiers", "UPN", 2, 3));
    }

    @Test
    void rule1560FormerUpnFormat() {
        Table ids = t("ChildIdentifiers", "FormerUPN", "~", "X987654321231", "X0000y0000007", "X98721238",
                "E000215119000");
        assertThat(flags(RuleRegistry.version(Rules1510To1580.class, "1560Q", "cin2022_23"), ids)).isEqualTo(cells("ChildIdentifiers", "FormerUPN", 2, 3));
    }

    @Test
    void rule1570And1580LaChildIdShape() {
        Table ids = t("ChildIdentifiers", "LAchildID", "XXXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXXXXX",
                "XXXXXXXXXXXXXXXXXXXXX", "XXXX;", "~");
        assertThat(flags(RuleRegistry.version(Rules1510To1580.class, "1570", "cin2024_25"), ids)).isEqualTo(cells("ChildIdentifiers", "LAchildID", 2));
        assertThat(flags(RuleRegistry.version(Rules1510To1580.class, "1580", "cin2024_25"), ids)).isEqualTo(cells("ChildIdentifiers", "LAchildID", 3));
    }

    @Test
    void rule2883MorePlansThanConferences() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CPPstartDate", "child1|2000-05-26", "child1|2000-06-27",
                "child2|2004-05-26", "child3|2000-05-26", "child1|~");
        Table cin = t("CINdetails", "LAchildID,DateOfInitialCPC", "child2|2004-05-26", "child1|~");
        Table s47 = t("Section47", "LAchildID,DateOfInitialCPC", "child1|2000-05-26", "child1|2000-06-27");
        Table moreS47 = t("Section47", "LAchildID,DateOfInitialCPC", "child1|2000-05-26", "child1|2000-06-27",
                "child3|2000-05-26");
        assertThat(failsReturn(new Rule2883(), cpp, cin, s47, header("2001-03-31"))).isTrue();
        assertThat(failsReturn(new Rule2883(), cpp, cin, moreS47, header("2001-03-31"))).isFalse();
    }

    @Test
    void rule2885PlanStartMatchesConference() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CINdetailsID,CPPstartDate", "child1|cin1|2020-05-26",
                "child1|cin1|2020-06-26", "child2|cin1|2020-07-01", "child3|cin1|2020-08-01", "child4|cin1|2019-01-01");
        Table s47 = t("Section47", "LAchildID,CINdetailsID,DateOfInitialCPC", "child1|cin1|2020-05-26",
                "child2|cin1|2020-07-05");
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,DateOfInitialCPC", "child1|cin1|~", "child2|cin1|~",
                "child3|cin1|2020-08-02", "child4|cin1|2018-01-01");
        assertThat(flags(new Rule2885(), cpp, s47, cin, header("2021-03-31"))).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPstartDate", 1, 2, 3), cells("Section47", "DateOfInitialCPC", 1),
                cells("CINdetails", "DateOfInitialCPC", 2)));
    }

    @Test
    void rule2885AcceptsTheCinDetailsConferenceOnlyWithoutASection47Record() {
        // Children 1-3 (cinID1) of the reference's test (csc-validator-be-cin, cin2022_23/rule_2885.py test_validate).
        // Child 2's plan matches its CINdetails conference but not its Section 47 one: the reference passes it ("should
        // fail if other condition is used"); the DfE's text allows the CINdetails date only when there is no Section 47
        // record, so Kindred flags it (docs/returns.md). Child 3 matches neither, as in the reference.
        Table cpp = t("ChildProtectionPlans", "LAchildID,CINdetailsID,CPPstartDate", "child1|cinID1|2021-05-26",
                "child2|cinID1|2021-05-26", "child3|cinID1|2021-05-26");
        Table s47 = t("Section47", "LAchildID,CINdetailsID,DateOfInitialCPC", "child1|cinID1|2021-05-26",
                "child2|cinID1|2021-05-30", "child3|cinID1|2021-05-27");
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,DateOfInitialCPC", "child1|cinID1|2020-10-26",
                "child2|cinID1|2021-05-26", "child3|cinID1|2021-05-28");
        assertThat(flags(new Rule2885(), cpp, s47, cin, header("2022-03-31"))).isEqualTo(all(
                cells("ChildProtectionPlans", "CPPstartDate", 1, 2), cells("Section47", "DateOfInitialCPC", 1, 2)));
    }

    @Test
    void rule2887And2888DisabilityCodesAcrossTheReturn() {
        Table few = t("Disabilities", "LAchildID,Disability", "child1|0", "child1|aaaa", "child2|bbbb", "child3|aaaa",
                "child6|~", "child8|NONE");
        assertThat(failsReturn(new Rule2887Q(), few)).isTrue();
        Table manyNone = t("Disabilities", "LAchildID,Disability", "c1|NONE", "c2|NONE", "c3|NONE", "c4|NONE",
                "c5|NONE", "c6|NONE", "c7|NONE", "c8|NONE");
        assertThat(failsReturn(new Rule2887Q(), manyNone)).isFalse();

        Table single = t("Disabilities", "LAchildID,Disability", "child0|NONE", "child0|NONE", "child1|aaaa",
                "child2|bbbb", "child2|~", "child4|cc");
        assertThat(failsReturn(new Rule2888Q(), single)).isTrue();
        Table multiple = t("Disabilities", "LAchildID,Disability", "child1|MOB", "child1|HAND", "child2|VIS");
        assertThat(failsReturn(new Rule2888Q(), multiple)).isFalse();
    }

    @Test
    void rule2889EnquiryBeforeReferral() {
        Table s47 = t("Section47", "LAchildID,CINdetailsID,S47ActualStartDate", "1|45|2020-05-05", "4|55|2019-04-20",
                "67|66|2014-03-21", "69|67|2018-04-20", "69|67|~", "167|166|2014-03-21");
        Table cin = t("CINdetails", "LAchildID,CINdetailsID,CINreferralDate", "1|44|2017-05-05", "4|55|2019-04-20",
                "67|66|2016-03-21", "67|67|2015-03-21", "69|67|2018-04-20", "70|69|2015-04-20", "167|166|2015-02-21");
        assertThat(flags(RuleRegistry.version(Rules1103To4015.class, "2889", "cin2022_23"), s47, cin)).isEqualTo(all(
                cells("Section47", "S47ActualStartDate", 2, 5), cells("CINdetails", "CINreferralDate", 2, 6)));
    }

    @Test
    void rule2990ActivityOnEpisodeClosedAfterAssessment() {
        Table cpp = t("ChildProtectionPlans", "LAchildID,CINdetailsID", "child1|cinID10", "child1|cinID2",
                "child3|cinID3", "child30|cinID3", "child30|cinID2", "child3|cinID30", "child3|cinID4");
        Table s47 = t("Section47", "LAchildID,DateOfInitialCPC,CINdetailsID", "child1|~|cinID2", "child2|~|cinID2",
                "child2|~|cinID1", "child3|~|cinID1", "child3|2000-05-26|cinID2", "child3|~|cinID3",
                "child3|2001-03-14|cinID4");
        Table cin = t("CINdetails", "LAchildID,DateOfInitialCPC,CINdetailsID,ReasonForClosure",
                "child1|~|cinID1|RC8", "child2|~|cinID2|RC9", "child3|~|cinID3|RC8", "child4|2000-05-28|cinID4|RC8",
                "child3|2000-05-26|cinID2|RC10", "child3|2003-05-26|cinID8|RC10", "child3|2001-03-14|cinID4|RC10",
                "child7|~|cinID4|RC10");
        Table plans = t("CINplanDates", "LAchildID,CINdetailsID", "child1|cinID1", "child1|cinID2", "child1|cinID3",
                "child1|cinID4");
        assertThat(flags(new Rule2990(), cpp, s47, cin, plans)).isEqualTo(all(
                cells("CINdetails", "DateOfInitialCPC", 0, 1, 2, 3), cells("ChildProtectionPlans", "LAchildID", 2),
                cells("Section47", "LAchildID", 1, 5), cells("CINplanDates", "LAchildID", 0)));
    }

    @Test
    void rule2991Section47WithoutAssessment() {
        Table ass = t("Assessments", "LAchildID,CINdetailsID", "child1|~", "child1|cinID2", "child3|cinID1",
                "child3|cinID2", "child3|cinID3", "child3|cinID4", "child4|cinID4");
        Table s47 = t("Section47", "LAchildID,CINdetailsID", "child1|cinID1", "child1|cinID2", "child2|cinID1",
                "child3|cinID1", "child3|cinID2", "child3|cinID3", "child3|~");
        assertThat(flags(new Rule2991Q(), ass, s47)).isEqualTo(cells("Section47", "LAchildID", 0, 2, 6));
    }
}
