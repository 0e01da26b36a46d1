package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part4Tables.data;
import static org.kindred.returns.ssda903.rules.Part4Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part4Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.liberty.Rule702;
import org.kindred.returns.ssda903.rules.liberty.Rule703;
import org.kindred.returns.ssda903.rules.liberty.Rule704;
import org.kindred.returns.ssda903.rules.liberty.Rule705;
import org.kindred.returns.ssda903.rules.liberty.Rule706;
import org.kindred.returns.ssda903.rules.liberty.Rule707;
import org.kindred.returns.ssda903.rules.liberty.Rule708;
import org.kindred.returns.ssda903.rules.liberty.Rule709;
import org.kindred.returns.ssda903.rules.liberty.Rule710;
import org.kindred.returns.ssda903.rules.liberty.Rules700And701;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

class Rules700To710Test {

    @Test
    void rule700FlagsMissingOrInvalidStartDates() {
        Table dolo = table("DoLo", "DOLO_START", "01/01/2020", "~", "2000/12/10", "31/02/2020");
        assertThat(flagged(RuleRegistry.version(Rules700And701.class, "700", "lac2026_27").validate(data(dolo)), "DoLo")).containsExactly(1, 2, 3);
        assertThat(RuleRegistry.version(Rules700And701.class, "700", "lac2026_27").validate(data()).skipped()).isTrue();
    }

    @Test
    void rule701FlagsInvalidEndDatesOnly() {
        Table dolo = table("DoLo", "DOLO_END", "01/01/2020", "~", "2000/12/10");
        assertThat(flagged(RuleRegistry.version(Rules700And701.class, "701", "lac2026_27").validate(data(dolo)), "DoLo")).containsExactly(2);
    }

    @Test
    void rule702FlagsDoloEndingOnOrBeforeItsStart() {
        Table dolo = table("DoLo", "DOLO_START|DOLO_END",
                "01/01/2000|01/01/2000", "01/01/2000|~", "~|2000/12/10", "02/01/2000|01/01/2000", "01/01/2000|02/10/2000");
        assertThat(flagged(new Rule702().validate(data(dolo)), "DoLo")).containsExactly(0, 3);
    }

    @Test
    void rule703FlagsDoloStartingAfterTheYear() {
        Table dolo = table("DoLo", "DOLO_START", "01/01/2000", "~", "31/03/2000", "01/04/2000");
        assertThat(flagged(new Rule703().validate(data(null, "31/03/2000", dolo)), "DoLo")).containsExactly(3);
    }

    @Test
    void rule704FlagsDoloEndingOutsideTheYear() {
        Table dolo = table("DoLo", "DOLO_END",
                "01/01/2000", "01/01/2000", "~", "02/01/2000", "01/01/2000", "31/03/1999", "01/04/2000", "01/04/1999");
        assertThat(flagged(new Rule704().validate(data("01/04/1999", "31/03/2000", dolo)), "DoLo")).containsExactly(5, 6);
    }

    @Test
    void rule705FlagsDoloStartingWhileThePreviousIsOpenOrEarlier() {
        Table dolo = table("DoLo", "CHILD|DOLO_START|DOLO_END",
                "1|01/01/2000|02/01/2000", "1|04/01/2000|04/01/2000", "1|03/01/2000|06/01/2000",
                "2|01/01/2000|~", "2|02/01/2000|02/01/2000", "3|01/01/2000|02/01/2000");
        assertThat(flagged(new Rule705().validate(data(dolo)), "DoLo")).containsExactly(2, 4);
    }

    @Test
    void rule706FlagsOpenDoloFromLastYearMissingThisYear() {
        Table current = table("DoLo", "CHILD|DOLO_START",
                "1|01/01/2000", "1|04/01/2000", "1|06/01/2000", "2|01/01/2000", "2|02/01/2000", "3|01/01/2000");
        Table last = table("DoLo_last", "CHILD|DOLO_START|DOLO_END",
                "1|01/01/1999|02/01/1999", "1|04/01/1999|05/01/1999", "1|03/01/1999|~",
                "2|01/01/2000|01/02/1999", "2|02/01/2000|03/01/1999", "3|01/01/2000|~");
        assertThat(flagged(new Rule706().validate(data(current, last)), "DoLo")).containsExactly(2);
        assertThat(new Rule706().validate(data(current)).skipped()).isTrue();
    }

    @Test
    void rule707FlagsOpenDoloAfterCareEnded() {
        Table dolo = table("DoLo", "CHILD|DOLO_START|DOLO_END",
                "1|01/01/1981|~", "2|01/01/1981|02/06/2020", "4|01/01/1981|04/06/2020", "9|01/01/2021|~");
        Table epi = table("Episodes", "CHILD|DECOM|DEC",
                "1|01/04/1977|31/03/1981", "2|01/04/1979|30/03/1981", "4|01/04/1981|~",
                "9|01/01/2020|04/06/2020", "9|04/06/2020|~");
        assertThat(flagged(new Rule707().validate(data(dolo, epi)), "DoLo")).containsExactly(0, 1);
    }

    @Test
    void rule708FlagsDoloStartingOnOrBeforeBirth() {
        Table dolo = table("DoLo", "DOLO_START|DOB",
                "01/01/2000|01/01/2000", "~|01/01/2000", "01/01/2000|~", "01/01/2000|01/01/1999", "01/01/1999|01/01/2000");
        assertThat(flagged(new Rule708().validate(data(dolo)), "DoLo")).containsExactly(0, 4);
    }

    private static Table dolo() {
        return table("DoLo", "CHILD|DOLO_START|DOLO_END",
                "1|02/01/2000|03/01/2000", "1|02/01/2000|05/01/2000", "1|31/01/1999|03/01/2000", "1|31/01/1999|05/01/2000",
                "1|25/12/1999|31/12/1999", "1|06/01/2000|07/01/2000", "1|02/01/2000|~", "1|~|07/01/2000");
    }

    @Test
    void rule709FlagsDoloOverlappingAnUnexpectedPlacement() {
        Table epi = table("Episodes", "CHILD|DECOM|DEC|PLACEMENT",
                "1|01/01/2000|04/01/2000|P", "1|01/01/2000|04/01/2000|K2", "2|01/01/2000|03/01/2000|P");
        assertThat(flagged(new Rule709().validate(data(dolo(), epi)), "DoLo")).containsExactly(0, 1, 2, 3);
        // A return names the column PLACE: the same DoLOs over a K2 placement only pass, over U1 they fail.
        Table returned = table("Episodes", "CHILD|DECOM|DEC|PLACE", "1|01/01/2000|04/01/2000|K2");
        assertThat(flagged(new Rule709().validate(data(dolo(), returned)), "DoLo")).isEmpty();
        Table foster = table("Episodes", "CHILD|DECOM|DEC|PLACE", "1|01/01/2000|04/01/2000|U1");
        assertThat(flagged(new Rule709().validate(data(dolo(), foster)), "DoLo")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void rule710FlagsDoloOverlappingAForbiddenPlacement() {
        Table epi = table("Episodes", "CHILD|DECOM|DEC|PLACEMENT",
                "1|01/01/2000|04/01/2000|P1", "1|01/01/2000|04/01/2000|K2", "2|01/01/2000|03/01/2000|P");
        RuleResult r = new Rule710().validate(data(dolo(), epi));
        assertThat(flagged(r, "DoLo")).containsExactly(0, 1, 2, 3);
        assertThat(flagged(r, "Episodes")).containsExactly(0);
        Table returned = table("Episodes", "CHILD|DECOM|DEC|PLACE", "1|01/01/2000|04/01/2000|P1");
        assertThat(flagged(new Rule710().validate(data(dolo(), returned)), "Episodes")).containsExactly(0);
    }
}
