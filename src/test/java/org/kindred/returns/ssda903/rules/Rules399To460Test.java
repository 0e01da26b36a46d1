package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part3Tables.collectionYear;
import static org.kindred.returns.ssda903.rules.Part3Tables.data;
import static org.kindred.returns.ssda903.rules.Part3Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part3Tables.flags;
import static org.kindred.returns.ssda903.rules.Part3Tables.table;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.episodes.Rule407;
import org.kindred.returns.ssda903.rules.episodes.Rule426;
import org.kindred.returns.ssda903.rules.episodes.Rule431;
import org.kindred.returns.ssda903.rules.episodes.Rule433;
import org.kindred.returns.ssda903.rules.episodes.Rule437;
import org.kindred.returns.ssda903.rules.episodes.Rule445;
import org.kindred.returns.ssda903.rules.episodes.Rule446;
import org.kindred.returns.ssda903.rules.header.Rule444;
import org.kindred.returns.ssda903.rules.placements.Rule406;
import org.kindred.returns.ssda903.rules.placements.Rule408;
import org.kindred.returns.ssda903.rules.placements.Rule411;
import org.kindred.returns.ssda903.rules.placements.Rule420;
import org.kindred.returns.ssda903.rules.placements.Rule434;
import org.kindred.returns.ssda903.rules.placements.Rule435;
import org.kindred.returns.ssda903.rules.placements.Rule452;
import org.kindred.returns.ssda903.rules.placements.Rule453;
import org.kindred.returns.ssda903.rules.placements.Rule454;
import org.kindred.returns.ssda903.rules.reviews.Rule440;
import org.kindred.returns.ssda903.rules.reviews.Rule441;
import org.kindred.returns.validation.Table;

class Rules399To460Test {

    @Test
    void rule406FlagsDistanceForCurrentOrFormerUasc() {
        Table episodes = table("Episodes", "CHILD,PL_DISTANCE",
                "111|XX1", "222|~", "222|XX1", "333|~", "333|XX1", "345|~", "444|XX1", "444|~");
        Table header = table("Header", "CHILD,UASC", "111|1", "222|0", "333|0", "345|1", "444|0");
        Table headerLast = table("Header_last", "CHILD,UASC", "111|0", "222|1", "333|0", "345|0", "444|1");
        assertThat(flags(new Rule406().validate(data(episodes, header, headerLast)))).isEqualTo(flagged("Episodes", 0, 2, 6));
        // Without any UASC information the rule cannot tell and skips.
        assertThat(new Rule406().validate(data(episodes, table("Header", "CHILD", "111"))).skipped()).isTrue();
        // The UASC table also marks a child as UASC.
        Table uasc = table("UASC", "CHILD,DUC", "333|01/01/2020");
        assertThat(flags(new Rule406().validate(data(episodes, uasc)))).isEqualTo(flagged("Episodes", 4));
    }

    @Test
    void rule407FlagsSpecialGuardianshipAfter18() {
        Table episodes = table("Episodes", "CHILD,DEC,REC",
                "101|01/01/2009|E45", "102|01/01/2001|A3", "103|20/12/2001|E15", "104|03/01/2019|E46",
                "105|03/04/2008|E48", "106|01/01/2002|X2", "107|10/01/2002|E11", "108|11/02/2020|E48",
                "109|25/01/2002|X1", "110|25/01/2002|E47", "111|~|E45", "112|25/01/2002|E46");
        Table header = table("Header", "CHILD,DOB",
                "101|01/01/2000", "102|01/01/2001", "103|20/12/2001", "104|01/01/2000", "105|03/01/2000",
                "106|01/01/2002", "107|10/01/2002", "108|11/01/2002", "109|25/01/2002", "110|25/01/2002",
                "111|25/01/2002", "112|~");
        assertThat(flags(new Rule407().validate(data(episodes, header))))
                .isEqualTo(flagged("Episodes", List.of(3, 7), "Header", List.of(3, 7)));
        assertThat(new Rule407().validate(data(episodes)).skipped()).isTrue();
    }

    @Test
    void rule408FlagsAdoptionPlacementWithoutPlacementOrder() {
        Table episodes = table("Episodes", "PLACE,LS", "A5|S", "V4|T", "A6|E1", "U2|~", "A6|U", "A5|~");
        assertThat(flags(new Rule408().validate(data(episodes)))).isEqualTo(flagged("Episodes", 0, 4, 5));
    }

    @Test
    void rule420FlagsPlacementLaOnShortBreaks() {
        Table episodes = table("Episodes", "LS,PL_LA", "C2|~", "V3|E03934134", "V4|E059635", "V3|~", "V4|~", "C2|NIR");
        assertThat(flags(new Rule420().validate(data(episodes)))).isEqualTo(flagged("Episodes", 1, 2));
    }

    @Test
    void rule426FlagsChildrenWithBothV3AndV4() {
        Table episodes = table("Episodes", "CHILD,LS",
                "111|V3", "111|V3", "222|V3", "222|V4", "222|X1", "444|V3", "555|V4", "555|V3", "555|V3");
        assertThat(flags(new Rule426().validate(data(episodes)))).isEqualTo(flagged("Episodes", 2, 3, 6, 7, 8));
    }

    @Test
    void rule431FlagsNewPeriodStartingBeforePreviousEnded() {
        Table episodes = table("Episodes", "CHILD,RNE,DECOM,DEC",
                "111|S|01/06/2020|04/06/2020", "111|S|05/06/2020|06/06/2020", "111|T|06/06/2020|08/06/2020",
                "111|S|08/06/2020|05/06/2020", "222|S|05/06/2020|06/06/2020", "333|S|06/06/2020|07/06/2020",
                "333|S|10/06/2020|~", "444|S|08/06/2020|09/06/2020", "444|S|09/06/2020|10/06/2020",
                "444|S|15/06/2020|~", "555|S|11/06/2020|12/06/2020", "6666|S|12/06/2020|13/06/2020",
                "6666|S|13/06/2020|14/06/2020", "6666|S|14/06/2020|15/06/2020");
        assertThat(flags(new Rule431().validate(data(episodes)))).isEqualTo(flagged("Episodes", 3, 8, 12, 13));
    }

    @Test
    void rule433FlagsContinuationNotStartingWhenPreviousEnded() {
        Table episodes = table("Episodes", "CHILD,DECOM,RNE,DEC",
                "101|20/10/2021|S|20/11/2021", "102|19/11/2021|P|~", "102|17/06/2021|P|19/11/2021",
                "103|04/04/2020|B|12/09/2020", "103|11/09/2020|B|06/05/2021", "103|07/05/2021|B|~");
        assertThat(flags(new Rule433().validate(data(episodes)))).isEqualTo(flagged("Episodes", 4, 5));
    }

    @Test
    void rule434FlagsLegalStatusChangeThatIsNotOne() {
        Table episodes = table("Episodes", "CHILD,DECOM,RNE,LS,PL_POST,URN,PLACE,PLACE_PROVIDER",
                "111|01/01/2020|L|--|ooo|---|---|---", "111|01/02/2020|P|--|ooo|---|---|---",
                "111|01/12/2020|L|--|ooo|---|---|---", "111|01/03/2020|P|--|ooo|---|---|---",
                "222|01/01/2020|L|--|---|---|---|---", "222|01/02/2020|L|xx|---|---|---|---",
                "222|01/03/2020|L|oo|---|xxx|---|---", "222|01/04/2020|L|oo|xxx|xxx|---|---",
                "333|01/03/2020|P|C1|---|~|---|---", "333|01/04/2020|L|C2|---|~|---|---");
        assertThat(flags(new Rule434().validate(data(episodes)))).isEqualTo(flagged("Episodes", 2, 6, 7));
    }

    @Test
    void rule435FlagsPlacementChangeThatIsNotOne() {
        Table episodes = table("Episodes", "CHILD,DECOM,RNE,LS,PL_POST,URN,PLACE,PLACE_PROVIDER",
                "111|01/06/2020|P|L1|XX1|SC112|R1|PR1", "111|03/06/2020|P|L1|XX3|SC112|R1|PR1",
                "111|04/06/2020|P|L1|XX3|SC112|R1|PR1", "111|05/06/2020|P|L1|XX1|SC112|R1|PR1",
                "222|07/06/2020|P|L1|XX1|SC112|R1|PR4", "222|08/06/2020|P|L1|XX1|SC112|R1|PR1",
                "222|09/06/2020|P|L3|XX1|SC112|R1|PR1");
        assertThat(flags(new Rule435().validate(data(episodes)))).isEqualTo(flagged("Episodes", 2, 6));
    }

    @Test
    void rule437FlagsEpisodesAfterDeathOrAge18() {
        Table episodes = table("Episodes", "CHILD,DECOM,REC",
                "101|20/10/2021|E2", "102|19/11/2021|E15", "102|17/06/2021|X1", "103|04/04/2020|X1",
                "103|11/09/2020|E15", "103|07/05/2021|~", "104|15/02/2020|X1", "104|09/04/2020|E4a",
                "104|24/09/2020|X1", "104|30/06/2021|~", "105|~|E2", "105|20/12/2020|X1");
        assertThat(flags(new Rule437().validate(data(episodes)))).isEqualTo(flagged("Episodes", 4));
    }

    @Test
    void rules440And441CheckParticipationCodeAgainstAgeAtReview() {
        Table reviews440 = table("Reviews", "DOB,REVIEW,REVIEW_CODE",
                "01/01/2004|31/12/2007|PN0", "01/01/2006|01/01/2007|PN0", "01/01/2007|~|PN0",
                "01/01/2008|01/01/2013|PN0", "01/01/2010|01/01/2015|PN0", "01/01/2012|01/01/2014|PN0",
                "01/01/2014|01/01/2020|PN1");
        assertThat(flags(new Rule440().validate(data(reviews440)))).isEqualTo(flagged("Reviews", 3, 4));
        Table reviews441 = table("Reviews", "DOB,REVIEW,REVIEW_CODE",
                "01/01/2004|31/12/2008|PN1", "01/01/2006|01/01/2012|PN2", "01/01/2007|~|PN3",
                "01/01/2008|01/01/2009|PN4", "01/01/2010|01/01/2012|PN5", "01/01/2012|01/01/2017|PN6",
                "01/01/2014|01/01/2021|PN7", "01/06/2014|01/01/2015|PN0");
        assertThat(flags(new Rule441().validate(data(reviews441)))).isEqualTo(flagged("Reviews", 3, 4));
    }

    @Test
    void rule444FlagsDuplicateUpns() {
        Table header = table("Header", "UPN", "UN1", "UN2", "UN3", "UN4", "UN5", "UN1", "SINGLE1",
                "DUPLICATE1", "DUPLICATE1", "DUPLICATE2", "DUPLICATE2", "~", "~");
        assertThat(flags(new Rule444().validate(data(header)))).isEqualTo(flagged("Header", 7, 8, 9, 10));
    }

    @Test
    void rules445And446CheckOrdersAgainstDecember2005() {
        Table d1 = table("Episodes", "LS,DECOM", "D1|01/11/2005", "D1|31/12/2005", "D1|~", "D1|20/01/2006",
                "D1|01/10/2012", "C1|20/02/2005");
        assertThat(flags(new Rule445().validate(data(d1)))).isEqualTo(flagged("Episodes", 3, 4));
        Table e1 = table("Episodes", "LS,DECOM", "E1|01/12/2005", "E1|15/05/2012", "E1|~", "E1|20/09/2004",
                "E1|01/10/2005", "C1|20/02/2005");
        assertThat(flags(new Rule446().validate(data(e1)))).isEqualTo(flagged("Episodes", 3, 4));
    }

    @Test
    void rules452And453CompareFirstEpisodeWithLastYearsOpenEpisode() {
        Table episodes = table("Episodes", "CHILD,RNE,DECOM,DEC,PL_LA,PL_DISTANCE",
                "101|P|01/05/2020|~|ABC|10.0", // first of 101, same LA and distance
                "101|P|01/04/2020|01/05/2020|ABC|10.1",
                "102|P|01/04/2020|~|XYZ|20.0", // LA changed, distance changed by 0.5
                "103|L|01/04/2020|~|XYZ|5.0", // RNE differs from last year: ignored
                "104|P|01/04/2020|~|ABC|7.0", // last year's episode was closed
                "105|P|01/04/2020|~|ABC|1.0"); // not in last year's data
        Table last = table("Episodes_last", "CHILD,RNE,DECOM,DEC,PL_LA,PL_DISTANCE",
                "101|S|01/01/2019|01/03/2019|OLD|1.0", "101|P|01/03/2019|~|ABC|10.1",
                "102|P|01/03/2019|~|ABC|19.5",
                "103|P|01/03/2019|~|ABC|1.0",
                "104|P|01/03/2019|01/03/2020|ZZZ|99.0");
        assertThat(flags(new Rule452().validate(data(episodes, last)))).isEqualTo(flagged("Episodes", 2));
        assertThat(flags(new Rule453().validate(data(episodes, last)))).isEqualTo(flagged("Episodes", 2));
        assertThat(new Rule452().validate(data(episodes)).skipped()).isTrue();
        assertThat(new Rule453().validate(data(episodes)).skipped()).isTrue();
    }

    @Test
    void rule454FlagsDistancesOver350Miles() {
        Table episodes = table("Episodes", "PL_DISTANCE", "350", "999.9", "349", "-351", "999", "998", "351", "~");
        assertThat(flags(new Rule454().validate(data(episodes)))).isEqualTo(flagged("Episodes", 4, 5, 6));
    }

    @Test
    void rule411SkipsWithoutLocalAuthority() {
        Table episodes = table("Episodes", "PL_LA,PL_LOCATION", "x|IN");
        assertThat(new Rule411().validate(data(collectionYear("2023"), episodes)).skipped()).isTrue();
    }
}
