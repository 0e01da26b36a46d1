package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part2Tables.data;
import static org.kindred.returns.ssda903.rules.Part2Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part2Tables.meta;
import static org.kindred.returns.ssda903.rules.Part2Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.careleavers.Rule391;
import org.kindred.returns.ssda903.rules.episodes.Rule387;
import org.kindred.returns.ssda903.rules.episodes.Rule388;
import org.kindred.returns.ssda903.rules.episodes.Rule389;
import org.kindred.returns.ssda903.rules.episodes.Rule393;
import org.kindred.returns.ssda903.rules.episodes.Rules354And385;
import org.kindred.returns.ssda903.rules.placements.Rule377;
import org.kindred.returns.ssda903.rules.placements.Rule380;
import org.kindred.returns.ssda903.rules.placements.Rule381;
import org.kindred.returns.ssda903.rules.placements.Rule383;
import org.kindred.returns.ssda903.rules.placements.Rule383v2026;
import org.kindred.returns.ssda903.rules.placements.Rule384;
import org.kindred.returns.ssda903.rules.placements.Rule392a;
import org.kindred.returns.ssda903.rules.placements.Rule392b;
import org.kindred.returns.ssda903.rules.placements.Rule392d;
import org.kindred.returns.ssda903.rules.placements.Rule398;
import org.kindred.returns.ssda903.rules.placements.Rules370To374;
import org.kindred.returns.ssda903.rules.placements.Rules375To379;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** SSDA903 rules 371-398 on the reference validator's own test returns. */
class Rules371To398Test {
    private static final Table HEADER = table("Header", "CHILD,DOB", "111|01/01/1998", "222|01/02/2000",
            "333|02/03/2015", "444|15/01/2010", "555|15/03/2000", "666|15/03/2000");

    private static Table episodes(String places, String decoms, String decs) {
        String[] p = places.split(",");
        String[] s = decoms.split(",");
        String[] e = decs.split(",");
        String[] rows = new String[p.length];
        for (int i = 0; i < p.length; i++) {
            rows[i] = (111 * (i + 1)) + "|" + s[i] + "|" + p[i] + "|" + e[i];
        }
        return table("Episodes", "CHILD,DECOM,PLACE,DEC", rows);
    }

    private static final String DECS = "13/02/2020,14/03/2020,14/04/2020,27/04/2010,26/04/2004,25/04/2014";

    @Test
    void rule371SemiIndependentAndSupportedAccommodationAges() {
        Table eps = episodes("H5,P2,P2,H5,H5,H5",
                "01/01/2020,01/02/2020,02/03/2020,15/01/1980,15/03/2014,14/03/2014", DECS);
        assertThat(flagged(RuleRegistry.version(Rules370To374.class, "371", "lac2022_23").validate(data(eps, HEADER)), "Episodes")).containsExactly(3, 5);
        Table eps16 = episodes("H5,P2,P2,H5,H5,H5",
                "01/01/2020,01/02/2020,02/03/2020,15/01/1980,15/03/2016,14/03/2016", DECS);
        assertThat(flagged(RuleRegistry.version(Rules370To374.class, "371", "lac2023_24").validate(data(eps16, HEADER)), "Episodes")).containsExactly(3, 5);
        Table k3 = episodes("K3,P2,P2,K3,K3,K3", "01/01/2022,01/02/2022,02/03/2022,15/01/1982,15/03/2016,14/03/2016",
                "13/02/2022,14/03/2022,14/04/2022,27/04/2012,26/04/2006,25/04/2012");
        assertThat(flagged(RuleRegistry.version(Rules370To374.class, "371", "lac2024_25").validate(data(k3, HEADER)), "Episodes")).containsExactly(3, 5);
    }

    @Test
    void rule372CustodyFrom10() {
        Table eps = episodes("R5,R5,P2,R5,R5,R5", "01/01/2020,01/02/2020,02/03/2020,15/03/2010,15/01/1980,14/03/2010",
                DECS);
        assertThat(flagged(RuleRegistry.version(Rules370To374.class, "372", "lac2022_23").validate(data(eps, HEADER)), "Episodes")).containsExactly(3, 4, 5);
    }

    @Test
    void rule373SchoolFrom4() {
        Table eps = episodes("S1,S1,P2,S1,S1,S1", "01/01/2020,01/02/2020,02/03/2020,15/03/2010,15/03/2004,14/03/2004",
                DECS);
        assertThat(flagged(RuleRegistry.version(Rules370To374.class, "373", "lac2022_23").validate(data(eps, HEADER)), "Episodes")).containsExactly(3, 5);
    }

    @Test
    void rule375HospitalAtMostSixWeeks() {
        Table eps = episodes("T1,T1,T1,T1,T1,P2", "01/01/2020,01/02/2020,02/03/2020,15/03/2010,15/03/2004,14/03/2014",
                DECS);
        assertThat(flagged(RuleRegistry.version(Rules375To379.class, "375", "lac2022_23").validate(data(eps, HEADER)), "Episodes")).containsExactly(0, 2, 3);
    }

    @Test
    void rule376FosterCarerHolidayAtMostThreeWeeks() {
        Table eps = table("Episodes", "CHILD,DECOM,DEC,PLACE", "111|01/01/2020|22/01/2020|T3",
                "222|01/02/2020|23/02/2020|T3", "333|02/03/2020|24/03/2020|T3", "444|15/03/2010|06/04/2010|T3",
                "555|15/03/2004|05/04/2004|T3", "666|14/03/2014|04/04/2014|P2", "777|~|~|T3");
        assertThat(flagged(RuleRegistry.version(Rules375To379.class, "376", "lac2022_23").validate(data(eps, HEADER)), "Episodes")).containsExactly(1, 2, 3);
    }

    @Test
    void rule377AtMostTwoHolidayPlacements() {
        Table eps = table("Episodes", "CHILD,RNE,DECOM,PLACE", "111|P|01/06/2020|T3", "111|P|05/06/2020|P3",
                "111|T|06/06/2020|T3", "111|B|08/06/2020|T3", "222|B|05/06/2020|T3", "333|B|06/06/2020|T3",
                "333|U|10/06/2020|T3", "444|B|07/06/2020|T3", "444|B|08/06/2020|oo", "444|T|09/06/2020|T3",
                "444|B|15/06/2020|T3", "6666|P|11/06/2020|oo", "6666|P|12/06/2020|T3", "6666|P|13/06/2020|T3",
                "6666|P|14/06/2020|T3");
        assertThat(flagged(new Rule377().validate(data(eps)), "Episodes")).containsExactly(0, 2, 3, 7, 9, 10, 12, 13, 14);
    }

    @Test
    void rule379UnspecifiedTemporaryAtMostSevenDays() {
        Table eps = table("Episodes", "CHILD,DECOM,DEC,PLACE", "111|01/01/2020|08/01/2020|T4",
                "222|01/02/2020|09/02/2020|T4", "333|02/03/2020|09/03/2020|T4", "444|15/03/2010|25/03/2010|T4",
                "555|15/03/2004|22/03/2004|T4", "666|14/03/2014|25/03/2014|P2");
        Table header = table("Header", "CHILD,DOB", "111|08/01/2020", "222|08/02/2020", "333|09/03/2020",
                "444|22/03/2010", "555|22/03/2004", "666|21/03/2014");
        assertThat(flagged(RuleRegistry.version(Rules375To379.class, "379", "lac2022_23").validate(data(eps, header)), "Episodes")).containsExactly(1, 3);
    }

    @Test
    void rule380And381TemporaryPlacementsDoNotStartOrEndCare() {
        Table starts = table("Episodes", "RNE,PLACE", "S|U1", "L|T0", "P|U2", "B|Z1", "P|T1", "~|~");
        assertThat(flagged(new Rule380().validate(data(starts)), "Episodes")).containsExactly(1);
        Table ends = table("Episodes", "REC,PLACE", "X1|T3", "PR1|T0", "X1|U2", "~|T2", "X1|T1", "~|~");
        assertThat(flagged(new Rule381().validate(data(ends)), "Episodes")).containsExactly(1);
    }

    @Test
    void rule383ReturnToNormalPlacementAfterTemporaryOne() {
        Table eps = table("Episodes", "CHILD,RNE,DECOM,PLACE,PL_POST", "111|S|01/06/2020|S1|1", "111|S|05/06/2020|T1|1",
                "111|T|06/06/2020|S1|1", "222|S|05/06/2020|T1|1", "333|S|06/06/2020|S1|1", "333|S|10/06/2020|T1|1",
                "333|P|12/06/2020|S2|1", "444|S|08/06/2020|T1|1", "444|S|09/06/2020|P4|1", "444|S|15/06/2020|T1|1",
                "6666|S|12/06/2020|T1|1", "6666|S|13/06/2020|T1|1", "6666|P|14/06/2020|T1|1", "777|P|01/06/2020|S1|1",
                "777|S|05/06/2020|T1|2", "777|P|06/06/2020|S1|3");
        assertThat(flagged(new Rule383().validate(data(eps)), "Episodes")).containsExactly(1, 5);
        assertThat(flagged(new Rule383v2026().validate(data(eps)), "Episodes")).containsExactly(2, 6, 15);
    }

    @Test
    void rule384RespiteNotInLongTermFostering() {
        Table eps = table("Episodes", "CHILD,PLACE,LS", "11|U1|V4", "202|x|D1", "3003|U4|V3", "40004|P1|V3",
                "5005|A5|x", "606|A6|V4", "77|x|x");
        assertThat(flagged(new Rule384().validate(data(eps)), "Episodes")).containsExactly(0, 2);
    }

    @Test
    void rule385NoEpisodeEndsAfterYearEnd() {
        Table eps = table("Episodes", "DEC", "14/03/2021", "08/09/2021", "03/10/2020", "04/04/2021", "~",
                "Tuesday 33st");
        assertThat(flagged(RuleRegistry.version(Rules354And385.class, "385", "lac2022_23").validate(data(meta(null, "01/04/2021"), eps)), "Episodes"))
                .containsExactly(1, 3);
    }

    @Test
    void rule387And389AgesForIndependentLivingAndAdultServices() {
        Table eps = table("Episodes", "CHILD,REC,DEC", "101|E5|16/03/2021", "102|E6|17/06/2020", "101|X1|20/03/2020",
                "102|~|~", "103|E6|23/08/2020", "104|E5|19XX/33rd", "105|E6|~");
        Table header = table("Header", "CHILD,DOB", "101|16/03/2005", "102|23/09/2002", "103|31/12/2014",
                "104|31/12/2014", "105|01/01/2004", "105|01/01/2004");
        assertThat(flagged(new Rule387().validate(data(eps, header)), "Episodes")).containsExactly(4);
        Table asc = table("Episodes", "CHILD,REC,DEC", "101|E7|16/03/2021", "102|E7|17/06/2020", "101|X1|20/03/2020",
                "102|~|~", "103|E7|23/08/2020");
        Table ascHeader = table("Header", "CHILD,DOB", "101|16/03/2005", "102|23/09/2002", "103|31/12/2014",
                "103|31/12/2014");
        assertThat(flagged(new Rule389().validate(data(asc, ascHeader)), "Episodes")).containsExactly(4);
    }

    @Test
    void rule388NewEpisodeCodeMeansAContinuingEpisode() {
        Table eps = table("Episodes", "CHILD,DECOM,DEC,REC", "111|01/06/2020|04/06/2020|X1", "111|05/06/2020|06/06/2020|X1",
                "111|06/06/2020|08/06/2020|X1", "111|08/06/2020|05/06/2020|X1", "222|05/06/2020|06/06/2020|~",
                "333|06/06/2020|07/06/2020|E11", "333|07/06/2020|~|~", "444|08/06/2020|09/06/2020|X1",
                "444|09/06/2020|10/06/2020|E11", "444|15/06/2020|~|~", "555|11/06/2020|12/06/2020|X1",
                "6666|12/06/2020|13/06/2020|X1", "6666|13/06/2020|14/06/2020|X1", "6666|14/06/2020|15/06/2020|X1",
                "6666|15/06/2020|16/06/2020|X1", "77777|16/06/2020|17/06/2020|X1", "77777|17/06/2020|18/06/2020|X1",
                "77777|18/06/2020|~|~", "999|31/06/2020|~|~", "123|~|~|~", "~|~|~|~");
        assertThat(flagged(new Rule388().validate(data(eps)), "Episodes")).containsExactly(0, 3, 5, 10, 14);
    }

    @Test
    void rule391CareLeaverDataOnlyFrom17() {
        Table oc3 = table("OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "A|01/01/2001|DIED|~|~", "B|01/01/2016|Yes|~|~",
                "C|20/12/1997|RHOM|XXX|~", "D|01/01/2002|~|~|XXX", "E|03/01/2004|~|~|~");
        assertThat(flagged(new Rule391().validate(data(meta(null, "31/03/2018"), oc3)), "OC3")).containsExactly(1, 3);
    }

    private static final Table UASC_HEADER = table("Header", "CHILD,UASC", "111|1", "222|0", "333|0", "345|0", "444|0",
            "555|0");
    private static final Table UASC_HEADER_LAST = table("Header_last", "CHILD,UASC", "111|0", "222|0", "333|0", "345|0",
            "444|1");

    @Test
    void rule392aDistanceRequiredUnlessFormerUasc() {
        Table eps = table("Episodes", "CHILD,LS,PL_DISTANCE", "111|L1|XX1", "222|L1|~", "222|V3|XX1", "333|L1|~",
                "333|V4|XX1", "345|L1|~", "444|L1|XX1", "444|V3|~", "555|L1|~");
        assertThat(flagged(new Rule392a().validate(data(eps, UASC_HEADER, UASC_HEADER_LAST)), "Episodes"))
                .containsExactly(1, 3, 5, 8);
        Table uascLast = table("UASC_last", "CHILD,DUC", "333|something", "555|~");
        assertThat(flagged(new Rule392a().validate(data(eps, UASC_HEADER, uascLast)), "Episodes"))
                .containsExactly(1, 5, 8);
        assertThat(new Rule392a().validate(data(eps)).skipped()).isTrue();
    }

    @Test
    void rule392bPostcodesRequiredUnlessFormerUasc() {
        Table eps = table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "111|L1|XX1|XX1", "222|L1|XX1|~", "222|V3|~|XX1",
                "333|L1|XX1|~", "333|V4|XX1|XX1", "345|L1|XX1|~", "444|L1|XX1|XX1", "444|V3|~|~");
        Table header = table("Header", "CHILD,UASC", "111|1", "222|0", "333|0", "345|0", "444|0");
        assertThat(flagged(new Rule392b().validate(data(eps, header, UASC_HEADER_LAST)), "Episodes"))
                .containsExactly(1, 3, 5);
        Table uascLast = table("UASC_last", "CHILD,DUC,ETC", "222|01/01/1990|~", "345|~|~");
        assertThat(flagged(new Rule392b().validate(data(eps, uascLast)), "Episodes")).containsExactly(3, 5);
    }

    @Test
    void rule392dHomeAndPlacementPostcodesDifferUnlessP1() {
        Table eps = table("Episodes", "PLACE,PL_POST,HOME_POST", "P2|BN20|BN20", "P1|BN20|BN20", "P2|BN21|BN20",
                "P2|~|~");
        assertThat(flagged(new Rule392d().validate(data(eps)), "Episodes")).containsExactly(0);
    }

    @Test
    void rule393LookedAfterGirlsHaveMotherCompleted() {
        Table eps = table("Episodes", "CHILD,LS", "101|C2", "102|C2", "103|c2", "104|C1", "105|v4");
        Table header = table("Header", "CHILD,SEX,MOTHER", "101|2|1", "102|1|~", "103|2|0", "104|2|~", "105|2|~");
        assertThat(flagged(RuleRegistry.version(Rule393.class, "393", "lac2022_23").validate(data(header, eps)), "Header")).containsExactly(3);
        Table header2025 = table("Header", "CHILD,SEX,MOTHER", "101|F|1", "102|M|~", "103|F|0", "104|F|~", "105|F|~");
        assertThat(flagged(RuleRegistry.version(Rule393.class, "393", "lac2024_25").validate(data(header2025, eps)), "Header")).containsExactly(3);
    }

    @Test
    void rule398NoPostcodesForShortBreaks() {
        Table eps = table("Episodes", "HOME_POST,LS,PL_POST", "AB1 0JD|V3|AB1 0JD", "invalid|U1|AB1 0JD",
                "AB1 0JD|V4|~", "invalid|T1|invalid", "AB10JD|U1|AB1 0JD");
        assertThat(flagged(new Rule398().validate(data(eps)), "Episodes")).containsExactly(0, 2);
    }
}
