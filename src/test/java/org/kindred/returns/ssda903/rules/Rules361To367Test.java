package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part2Tables.data;
import static org.kindred.returns.ssda903.rules.Part2Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part2Tables.meta;
import static org.kindred.returns.ssda903.rules.Part2Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.episodes.Rule365;
import org.kindred.returns.ssda903.rules.episodes.Rule366;
import org.kindred.returns.ssda903.rules.episodes.Rule367;
import org.kindred.returns.ssda903.rules.episodes.Rules361And362;
import org.kindred.returns.ssda903.rules.episodes.Rules363And364;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** SSDA903 rules 361-367 (legal status durations) on the reference validator's own test returns. */
class Rules361To367Test {
    private static Table spells(String ls) {
        return table("Episodes", "CHILD,DECOM,DEC,LS", "111|01/06/2020|04/06/2020|" + ls,
                "111|04/06/2020|05/06/2020|" + ls, "111|06/07/2020|07/07/2020|E2", "111|08/09/2020|10/09/2020|" + ls,
                "111|09/10/2020|12/11/2020|E3", "333|06/06/2020|10/06/2020|" + ls, "333|10/06/2020|12/10/2020|" + ls,
                "444|07/06/2020|08/07/2020|" + ls, "444|08/08/2020|09/08/2020|E4", "444|09/08/2020|15/08/2020|" + ls,
                "444|15/08/2020|~|" + ls, "555|15/03/2021|~|" + ls);
    }

    @Test
    void rule361PoliceProtectionAtMost72Hours() {
        assertThat(flagged(RuleRegistry.version(Rules361And362.class, "361", "lac2022_23").validate(data(meta(null, "31/03/2021"), spells("L1"))), "Episodes"))
                .containsExactly(0, 1, 5, 6, 7, 9, 10, 11);
    }

    @Test
    void rule362EmergencyProtectionAtMost21Days() {
        Table eps = table("Episodes", "CHILD,DECOM,DEC,LS", "111|01/06/2020|04/06/2020|L2", "111|04/06/2020|05/06/2020|L2",
                "111|06/07/2020|07/07/2020|E2", "111|08/09/2020|09/10/2020|L2", "111|09/10/2020|12/11/2020|L2",
                "333|06/06/2020|10/06/2020|L2", "333|10/06/2020|12/10/2020|L2", "444|07/06/2020|08/07/2020|L2",
                "444|08/08/2020|09/08/2020|E4", "444|09/08/2020|15/08/2020|L2", "444|15/08/2020|~|L2",
                "555|15/03/2021|~|L2");
        assertThat(flagged(RuleRegistry.version(Rules361And362.class, "362", "lac2022_23").validate(data(meta(null, "31/03/2021"), eps)), "Episodes"))
                .containsExactly(3, 4, 5, 6, 7, 9, 10);
    }

    private static Table periods(String ls) {
        return table("Episodes", "CHILD,DECOM,DEC,LS", "101|01/01/2000|01/01/2001|" + ls, "101|01/01/2001|20/12/2001|X",
                "101|20/12/2001|12/01/2002|" + ls, "2002|01/01/2000|03/01/2000|" + ls, "2002|03/01/2000|09/01/2001|" + ls,
                "2002|01/01/2002|07/01/2002|" + ls, "2002|10/01/2002|11/01/2002|X", "2002|11/01/2002|17/01/2002|" + ls,
                "30003|25/01/2002|10/03/2001|" + ls, "30003|25/01/2002|~|" + ls, "30003|~|25/01/2002|" + ls,
                "30003|~|~|" + ls);
    }

    @Test
    void rule363ChildAssessmentOrderAtMost7Days() {
        assertThat(flagged(RuleRegistry.version(Rules363And364.class, "363", "lac2022_23").validate(data(meta(null, "01/04/2002"), periods("L3"))), "Episodes"))
                .containsExactly(0, 2, 3, 4, 9);
    }

    @Test
    void rule364PaceDetentionAtMost21Days() {
        Table eps = table("Episodes", "CHILD,DECOM,DEC,LS", "101|01/01/2000|01/01/2001|J2", "101|01/01/2001|20/12/2001|X",
                "101|20/12/2001|12/01/2002|J2", "2002|01/01/2000|10/01/2000|J2", "2002|10/01/2000|23/01/2001|J2",
                "2002|01/01/2002|10/01/2002|J2", "2002|10/01/2002|11/01/2002|X", "2002|11/01/2002|25/01/2002|J2",
                "30003|25/01/2002|10/03/2001|J2", "30003|25/01/2002|~|J2", "30003|~|25/01/2002|J2", "30003|~|~|J2");
        assertThat(flagged(RuleRegistry.version(Rules363And364.class, "364", "lac2022_23").validate(data(meta(null, "01/04/2002"), eps)), "Episodes"))
                .containsExactly(0, 2, 3, 4, 9);
    }

    @Test
    void rule365RespiteEpisodeAtMost17Days() {
        Table eps = table("Episodes", "CHILD,DECOM,DEC,LS", "101|01/01/2000|01/01/2001|V3", "101|01/01/2001|20/12/2001|X",
                "101|20/12/2001|12/01/2002|V3", "2002|01/01/2000|10/01/2000|V3", "2002|10/01/2000|23/01/2001|X",
                "2002|01/01/2002|18/01/2002|V3", "2002|01/02/2002|19/02/2002|V3", "2002|11/01/2002|25/01/2002|J2",
                "30003|25/01/2002|10/03/2001|J2", "30003|25/01/2002|~|V3", "30003|~|25/01/2002|V3", "30003|~|~|V3");
        assertThat(flagged(new Rule365().validate(data(meta(null, "01/04/2002"), eps)), "Episodes"))
                .containsExactly(0, 2, 6, 9);
    }

    @Test
    void rule366RespiteEpisodeStartsAPeriodOfCare() {
        Table eps = table("Episodes", "LS,RNE", "V3|S", "V4|T", "U1|~", "U2|~", "V3|U", "V3|~");
        assertThat(flagged(new Rule366().validate(data(eps)), "Episodes")).containsExactly(4, 5);
    }

    @Test
    void rule367RespiteAtMost75DaysInTheYear() {
        Table eps = table("Episodes", "CHILD,DECOM,DEC,LS", "101|01/01/2000|01/06/2000|V3", "2002|01/01/2000|01/05/2000|V3",
                "30003|01/04/2000|01/05/2000|V3", "30003|01/05/2000|01/07/2000|xx", "30003|01/06/2000|01/07/2000|V3",
                "30003|01/07/2000|01/08/2000|V3", "400004|01/08/2000|01/07/2000|V3", "400004|01/08/2000|01/11/2000|V3",
                "555|01/07/2000|~|V3");
        assertThat(flagged(new Rule367().validate(data(meta("01/04/2000", "01/04/2001"), eps)), "Episodes"))
                .containsExactly(2, 4, 5, 7, 8);
    }
}
