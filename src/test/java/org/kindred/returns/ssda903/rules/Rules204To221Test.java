package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part2Tables.data;
import static org.kindred.returns.ssda903.rules.Part2Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part2Tables.meta;
import static org.kindred.returns.ssda903.rules.Part2Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.careleavers.Rule215;
import org.kindred.returns.ssda903.rules.episodes.Rule210;
import org.kindred.returns.ssda903.rules.header.Rule204;
import org.kindred.returns.ssda903.rules.header.Rule208;
import org.kindred.returns.ssda903.rules.header.Rule209;
import org.kindred.returns.ssda903.rules.placements.Rule214;
import org.kindred.returns.ssda903.rules.placements.Rule217;
import org.kindred.returns.ssda903.rules.placements.Rule221;
import org.kindred.returns.ssda903.rules.placements.Rules219And224;
import org.kindred.returns.ssda903.rules.uasc.Rule205B;
import org.kindred.returns.ssda903.rules.uasc.Rule205C;
import org.kindred.returns.ssda903.rules.uasc.Rule205D;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** SSDA903 rules 204-221 on the reference validator's own test returns. */
class Rules204To221Test {
    private static Table uasc() {
        return table("UASC", "CHILD,DOB,DUC", "101|28/10/2004|~", "102|04/06/2004|~", "103|03/03/2002|10/07/2020",
                "104|28/03/2003|14/05/2021", "105|16/04/2001|16/04/2019", "106|04/11/2004|16/06/2021",
                "107|23/07/2002|23/07/2020", "108|19/02/2003|~", "109|14/06/2003|14/06/2021", "110|14/06/2003|~");
    }

    private static Table uascLast() {
        return table("UASC_last", "CHILD,DOB,DUC", "101|28/10/2004|~", "102|04/06/2004|20/01/2020",
                "103|03/03/2002|10/07/2020", "104|28/03/2003|14/05/2021", "105|16/04/2001|16/04/2019",
                "106|04/11/2004|04/11/2023", "107|23/07/2002|23/07/2020", "108|19/02/2003|19/02/2021",
                "109|14/06/2003|14/06/2021", "110|14/06/2003|14/06/2021");
    }

    private static Table header() {
        return table("Header", "CHILD,DOB,UASC", "101|28/10/2004|0", "108|19/02/2003|0", "109|14/06/2003|1",
                "102|04/06/2004|0", "103|03/03/2002|0", "104|28/03/2003|0", "105|16/04/2001|1", "106|04/11/2004|1",
                "107|23/07/2002|1", "110|03/03/2002|0");
    }

    private static Table headerLast() {
        return table("Header_last", "CHILD,DOB,UASC", "102|04/06/2004|1", "103|03/03/2002|1", "104|28/03/2003|1",
                "101|28/10/2004|0", "105|16/04/2001|1", "106|04/11/2004|1", "107|23/07/2002|1", "108|19/02/2003|0",
                "109|14/06/2003|0", "110|03/03/2002|0");
    }

    private static Metadata meta205(String format) {
        return meta("01/04/2020", "31/03/2021", null, null, format);
    }

    @Test
    void rule204EthnicityMustMatchLastYear() {
        Table now = table("Header", "CHILD,ETHNIC", "101|WBRI", "102|WBRI", "103|nobt", "104|AINS", "105|~", "106|BOTH",
                "108|~", "109|BCRB", "110|MWBC");
        Table last = table("Header_last", "CHILD,ETHNIC", "101|WBRI", "102|NOBT", "103|NOBT", "104|AINS", "105|~",
                "107|REFU", "108|MOTH", "109|~", "110|MWBA");
        assertThat(flagged(new Rule204().validate(data(now, last)), "Header")).containsExactly(1, 6, 7, 8);
        assertThat(new Rule204().validate(data(now)).skipped()).isTrue();
    }

    @Test
    void rule205bUascBothYearsNeedsConsistentCeasedDates() {
        RuleResult xml = new Rule205B().validate(data(meta205("xml"), uasc(), uascLast(), header(), headerLast()));
        assertThat(flagged(xml, "UASC")).containsExactly(5);
        assertThat(flagged(xml, "Header")).containsExactly(7);
        RuleResult csv = new Rule205B().validate(data(meta205("csv"), uasc(), uascLast()));
        assertThat(flagged(csv, "UASC")).containsExactly(2, 3, 5);
        assertThat(flagged(csv, "Header")).isEmpty();
    }

    @Test
    void rule205cNeverUascMustHaveNoCeasedDate() {
        RuleResult xml = new Rule205C().validate(data(meta205("xml"), uasc(), uascLast(), header(), headerLast()));
        assertThat(flagged(xml, "UASC")).containsExactly(7, 9);
        assertThat(flagged(xml, "Header")).containsExactly(1, 9);
        assertThat(new Rule205C().validate(data(meta205("csv"), uasc(), uascLast(), header())).issues()).isEmpty();
        assertThat(new Rule205C().validate(data(meta205("xml"), uasc(), uascLast(), header())).skipped()).isTrue();
    }

    @Test
    void rule205dUascNowMustHaveBeenUascLastYear() {
        RuleResult xml = new Rule205D().validate(data(meta205("xml"), uasc(), uascLast(), header(), headerLast()));
        assertThat(flagged(xml, "Header")).containsExactly(2);
        Table now = table("UASC", "CHILD,DOB,DUC", "101|28/10/2004|~", "1022|23/07/2002|01/01/2020");
        Table last = table("UASC_last", "CHILD,DOB,DUC", "101|28/10/2004|01/01/2020", "1022|23/07/2002|~");
        assertThat(flagged(new Rule205D().validate(data(meta205("csv"), now, last)), "UASC")).containsExactly(1);
    }

    @Test
    void rule208UpnMustMatchLastYearUnlessItBecameKnown() {
        Table last = table("Header_last", "CHILD,UPN", "101|UN5", "102|X888888888888", "103|UN1", "104|UN1", "105|~",
                "106|UN4", "108|UN1", "109|~", "110|a------------", "111|UN2", "33333|UN5", "44444|H000000000000",
                "1000|~");
        Table now = table("Header", "CHILD,UPN", "101|H801200001001", "102|O------------", "103|UN1", "104|UN2", "105|~",
                "106|UN3", "108|~", "109|UN4", "110|A------------", "111|H801200001111", "55555|UN5",
                "66666|X999999999999", "1000|UN1");
        assertThat(flagged(new Rule208().validate(data(now, last)), "Header")).containsExactly(1, 5, 6, 12);
    }

    @Test
    void rule209SchoolAgeChildMustNotHaveUn1() {
        Table header = table("Header", "CHILD,UPN,DOB", "101|~|01/01/2020", "102|H801200001001|11/11/2020",
                "103|UN1|03/10/2015", "104|UN2|11/11/2020", "105|~|01/01/2020", "106|UN1|11/11/2020", "107|~|01/02/2020");
        assertThat(flagged(new Rule209().validate(data(meta("01/04/2025", null), header)), "Header")).containsExactly(2);
    }

    @Test
    void rule210Un4MustNotStartInTheLastWeek() {
        Table header = table("Header", "CHILD,UPN", "111|UN4", "123|~", "333|UN3", "444|UN4", "667|UN4");
        Table eps = table("Episodes", "CHILD,DECOM", "111|01/01/2020", "111|11/01/2020", "111|30/03/2020",
                "123|01/01/2020", "123|11/01/2020", "333|01/01/2020", "333|22/01/2020", "333|11/01/2020",
                "444|22/01/2020", "444|25/03/2020", "444|01/01/2020", "667|01/01/2020");
        RuleResult result = new Rule210().validate(data(meta(null, "31/03/2020"), header, eps));
        assertThat(flagged(result, "Episodes")).containsExactly(2, 9);
        assertThat(flagged(result, "Header")).containsExactly(0, 3);
    }

    @Test
    void rule214ShortBreaksHaveNoPlacementLocation() {
        Table eps = table("Episodes", "LS,PL_POST,URN", "V3|M2 3RT|XXXXXX", "U1|M2 3RT|SC045099", "U3|~|SC045099",
                "V4|M2 3RT|~", "V4|~|SC045099", "T1|M2 3RT|SC045100", "U6|M2 3RT|SC045101", "V3|~|~");
        assertThat(flagged(new Rule214().validate(data(eps)), "Episodes")).containsExactly(0, 3, 4);
    }

    @Test
    void rule215CareLeaverMustNotHaveOutcomeItems() {
        Table oc2 = table("OC2", "CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,"
                        + "HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
                "A|1|1|1|~|~|~|1|~", "B|~|~|~|~|~|~|~|1", "C|1|1|1|1|1|1|1|1", "D|~|1|~|1|1|1|1|1", "E|1|1|1|1|~|~|~|~");
        Table oc3 = table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "A|DIED|~|~", "B|Yes|~|~", "C|RHOM|XXX|~", "D|~|~|XXX",
                "E|~|~|~");
        RuleResult result = new Rule215().validate(data(oc3, oc2));
        assertThat(flagged(result, "OC3")).containsExactly(0, 1, 2, 3);
        assertThat(flagged(result, "OC2")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void rule217AdoptionByFosterCarersNeedsReasonSTOrU() {
        Table eps = table("Episodes", "PLACE,DECOM,RNE", "A3|01/04/2015|S", "A5|31/12/2015|T", "A3|20/01/2016|U",
                "~|~|~", "U1|01/10/2017|X", "A3|20/02/2016|X", "A5|01/01/2017|X", "A5|01/04/2013|X");
        assertThat(flagged(new Rule217().validate(data(eps)), "Episodes")).containsExactly(5, 6);
    }

    @Test
    void rule219PlacementMustMatchProviderPlacementCodes() {
        Table eps = table("Episodes", "CHILD,PLACE,URN", "1111|PR5|1", "1111|PR5|~", "1111|PR7|3", "2222|PR5|XXXXXXX",
                "3333|PR1|2", "3333|PR3|2", "4444|PR5|1", "5555|PR5|4", "5555|K3|1");
        Table providers = table("provider_info", "URN,PLACE_CODES", "1|PR2,K3", "2|PR1,PR3,PR5", "3|PR5,PR4,PR2", "4|~");
        ReturnData data = data(meta(null, null, null, providers, null), eps);
        assertThat(flagged(RuleRegistry.version(Rules219And224.class, "219", "lac2022_23").validate(data), "Episodes")).containsExactly(0, 2, 6, 7);
        assertThat(RuleRegistry.version(Rules219And224.class, "219", "lac2022_23").validate(data(eps)).skipped()).isTrue();
    }

    private static ReturnData rule221Data(boolean withH5) {
        String[] rows = {"1111|V3|R3|A11 5KE|1", "1111|V2|R3|PR5|~", "1111|V2|K1|S25 1WO|3", "2222|V2|K2|PR3|XXXXXXX",
            "3333|V2|R3|S25 1WO|2", "3333|V2|xx|S25 1WO|2", "4444|V2|S1|N9 5PY|1", "5555|V2|S1|N9 5PY|4",
            "5555|V2|R3|~|1", "1111|V1|H5|N9 5PY|1"};
        Table eps = table("Episodes", "CHILD,LS,PLACE,PL_POST,URN",
                withH5 ? rows : java.util.Arrays.copyOf(rows, rows.length - 1));
        Table providers = table("provider_info", "URN,POSTCODE", "1|A115KE", "2|S251WO", "3|V29XX", "4|~");
        return data(meta(null, null, null, providers, null), eps);
    }

    @Test
    void rule221PlacementPostcodeMustMatchProvider() {
        assertThat(flagged(RuleRegistry.version(Rule221.class, "221", "lac2022_23").validate(rule221Data(false)), "Episodes")).containsExactly(2, 6, 7);
        assertThat(flagged(RuleRegistry.version(Rule221.class, "221", "lac2022_23").validate(rule221Data(true)), "Episodes")).containsExactly(2, 6, 7);
        // From 2023/24 to 2024/25 semi-independent placements (H5) were checked too.
        assertThat(flagged(RuleRegistry.version(Rule221.class, "221", "lac2023_24").validate(rule221Data(true)), "Episodes")).containsExactly(2, 6, 7, 9);
        assertThat(flagged(RuleRegistry.version(Rule221.class, "221", "lac2024_25").validate(rule221Data(true)), "Episodes")).containsExactly(2, 6, 7);
    }
}
