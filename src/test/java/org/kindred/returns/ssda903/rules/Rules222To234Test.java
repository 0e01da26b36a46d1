package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part2Tables.data;
import static org.kindred.returns.ssda903.rules.Part2Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part2Tables.meta;
import static org.kindred.returns.ssda903.rules.Part2Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.episodes.Rule225;
import org.kindred.returns.ssda903.rules.episodes.Rule233;
import org.kindred.returns.ssda903.rules.episodes.Rule234;
import org.kindred.returns.ssda903.rules.header.Rule231;
import org.kindred.returns.ssda903.rules.placements.Rule222;
import org.kindred.returns.ssda903.rules.placements.Rule226;
import org.kindred.returns.ssda903.rules.placements.Rule227;
import org.kindred.returns.ssda903.rules.placements.Rule229;
import org.kindred.returns.ssda903.rules.placements.Rule230;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** SSDA903 rules 222-234 on the reference validator's own test returns. */
class Rules222To234Test {
    private static final Table URN_BY_PLACE = table("Episodes", "PLACE,URN", "H5|XXXXXXX", "U1|Whatever", "U2|~",
            "T1|~", "R1|Whatever", "T2|Whatever", "P2|Whatever", "H5|SC1", "Z1|SC2", "Z11|SC3");

    @Test
    void rule222UnregisteredPlacementsHaveNoUrn() {
        assertThat(flagged(RuleRegistry.version(Rule222.class, "222", "lac2022_23").validate(data(URN_BY_PLACE)), "Episodes")).containsExactly(4, 5, 6, 7, 8);
        assertThat(flagged(RuleRegistry.version(Rule222.class, "222", "lac2023_24").validate(data(URN_BY_PLACE)), "Episodes")).containsExactly(4, 5, 6, 8);
        assertThat(flagged(RuleRegistry.version(Rule222.class, "222", "lac2024_25").validate(data(URN_BY_PLACE)), "Episodes")).containsExactly(4, 5, 8);
        assertThat(flagged(RuleRegistry.version(Rule222.class, "222", "lac2025_26").validate(data(URN_BY_PLACE)), "Episodes")).containsExactly(4, 5, 9);
    }

    @Test
    void rule225PlacementChangeNeedsAReason() {
        Table eps = table("Episodes", "CHILD,DECOM,RNE,REC,PLACE,REASON_PLACE_CHANGE",
                "111|01/06/2020|P|X1|U1|~", "111|05/06/2020|P|E11|X1|~", "111|06/06/2020|B|E3|X1|~",
                "123|08/06/2020|P|X1|U1|~", "123|10/06/2020|P|E3|X1|~", "333|06/06/2020|T|X1|U1|~",
                "333|07/06/2020|L|X1|X1|CHANGE", "333|08/06/2020|P|E3|U1|~", "444|09/06/2020|U|X1|T1|~",
                "444|15/06/2020|P|X1|X1|~", "444|16/06/2020|P|E3|T3|~", "666|17/06/2020|P|~|T4|~");
        assertThat(flagged(new Rule225().validate(data(eps)), "Episodes")).containsExactly(0, 3);
    }

    @Test
    void rule226TemporaryPlacementHasNoChangeReason() {
        Table eps = table("Episodes", "CHILD,DECOM,PLACE,REASON_PLACE_CHANGE", "111|01/01/2020|U1|XXX",
                "111|11/01/2020|T1|~", "111|22/01/2020|X1|~", "123|01/01/2020|U1|~", "123|11/01/2020|X1|~",
                "333|01/01/2020|T2|~", "333|22/01/2020|X1|CHANGE", "333|11/01/2020|U1|~", "444|22/01/2020|T1|XXX",
                "444|11/01/2020|X1|~", "444|01/01/2020|T3|~", "666|01/01/2020|T4|~");
        assertThat(flagged(RuleRegistry.version(Rule226.class, "226", "lac2022_23").validate(data(eps)), "Episodes")).containsExactly(1, 8);
        assertThat(flagged(RuleRegistry.version(Rule226.class, "226", "lac2025_26").validate(data(eps)), "Episodes")).containsExactly(1, 8);
    }

    @Test
    void rule227EpisodeMustStartBeforeRegistrationEnded() {
        Table eps = table("Episodes", "CHILD,DECOM,URN", "1111|01/01/2014|1", "1111|01/02/2015|~", "1111|01/01/2016|3",
                "2222|01/01/2010|XXXXXXX", "3333|01/01/2010|2", "3333|25/12/2015|2", "4444|25/12/2016|1",
                "5555|01/01/2010|4", "5555|25/12/2015|1");
        Table providers = table("provider_info", "URN,REG_END", "1|25/12/2015", "2|21/02/2014", "3|25/12/2017", "3|~");
        RuleResult result = new Rule227().validate(data(meta(null, null, null, providers, null), eps));
        assertThat(flagged(result, "Episodes")).containsExactly(5, 6, 8);
    }

    @Test
    void rule229ProviderMustMatchTheProvidersAuthority() {
        Table eps = table("Episodes", "CHILD,PLACE_PROVIDER,URN", "1111|PR1|1", "1111|PR2|~", "1111|PR2|4",
                "2222|PR1|XXXXXXX", "3333|PR2|2", "3333|PR1|2", "4444|PR2|3", "5555|PR1|4", "5555|PR2|1");
        Table providers = table("provider_info", "URN,LA_CODE_INFERRED", "1|other", "2|auth", "3|other", "4|~");
        RuleResult result = new Rule229().validate(data(meta(null, null, "auth", providers, null), eps));
        assertThat(flagged(result, "Episodes")).containsExactly(0, 4, 7);
    }

    @Test
    void rule230EnglishH5PlacementsNeedUrnFrom29October2023() {
        Table eps = table("Episodes", "PLACE,DEC,PL_LA,URN", "H5|29/10/2023|A1|~", "H5|29/10/2023|A1|X1",
                "H5|~|A1|~", "H5|~|S1|~", "P1|~|A1|~", "H5|~|A1|XXXXXXX", "H5|28/10/2023|A1|~");
        assertThat(flagged(new Rule230().validate(data(eps)), "Episodes")).containsExactly(0, 2, 5);
    }

    @Test
    void rule231UascChildrenAreExpectedToBeAtLeast11() {
        Table header = table("Header", "DOB,UASC_STATUS", "01/04/2014|1", "31/03/2014|1", "01/04/2014|0",
                "30/03/2014|1");
        assertThat(flagged(new Rule231().validate(data(meta(null, "31/03/2025"), header)), "Header")).containsExactly(0);
    }

    @Test
    void rule233OpenEpisodeHasNoChangeReason() {
        Table eps = table("Episodes", "DATE_EPISODE_CEASED,REASON_PLACE_CHANGE", "data|~", "~|~", "~|data", "data|data");
        assertThat(flagged(new Rule233().validate(data(eps)), "Episodes")).containsExactly(2);
        Table files = table("Episodes", "DEC,REASON_PLACE_CHANGE", "01/01/2026|CARPL", "~|CARPL", "~|~");
        assertThat(flagged(new Rule233().validate(data(files)), "Episodes")).containsExactly(1);
    }

    @Test
    void rule234UnderTensCannotMoveForCustody() {
        Table header = table("Header", "CHILD,DOB", "1|01/01/2000", "2|01/01/2000", "3|01/01/2000", "4|01/01/2000");
        Table eps = table("Episodes", "CHILD,DECOM,REASON_PLACE_CHANGE", "1|01/01/2009|CUSTOD", "2|01/01/2009|SILLY",
                "3|01/01/2010|CUSTOD", "4|02/01/2010|CUSTOD");
        RuleResult result = new Rule234().validate(data(eps, header));
        assertThat(flagged(result, "Episodes")).containsExactly(0);
        assertThat(flagged(result, "Header")).containsExactly(0);
    }
}
