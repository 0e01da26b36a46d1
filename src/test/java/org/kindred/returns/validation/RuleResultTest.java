package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RuleResult keeps flags compactly: each place once, in the order first flagged; the report reads them back. */
class RuleResultTest {

    @Test
    void eachPlaceOnceInTheOrderFirstFlagged() {
        RuleResult r = new RuleResult();
        java.util.LinkedHashSet<Issue> expected = new java.util.LinkedHashSet<>(); // the behaviour it replaces
        for (int i = 0; i < 50_000; i++) {
            Issue issue = new Issue(i % 3 == 0 ? "Episodes" : "Header", (i * 7919) % 20_000, i % 5 == 0 ? "DECOM" : null);
            r.flag(issue);
            expected.add(issue);
        }
        assertThat(List.copyOf(r.issues())).containsExactlyElementsOf(expected);
        // Sealed (the report has it), then flagged again: still each place once. (The first flag, Episodes row 0
        // DECOM, packs to key zero, which the set keeps apart.)
        r.seal();
        r.flagRow("Episodes", 0).flagRow("Episodes", 0).flagRow(new String("Header"), 1).flagCell(null, 0, null)
                .flagCell(null, 0, null);
        expected.addAll(List.of(new Issue("Episodes", 0, null), new Issue("Header", 1, null), new Issue(null, 0, null)));
        assertThat(List.copyOf(r.issues())).containsExactlyElementsOf(expected);
        assertThat(r.count()).isEqualTo(expected.size());
    }

    @Test
    void theReportReadsFlagsBackWithChildAndFields() {
        Table header = new Table("Header", List.of("CHILD", "SEX"), List.of(List.of("A", "9"), List.of("B", "1")));
        ReturnData data = new ReturnData(Map.of("Header", header), null);
        RuleResult bare = new RuleResult().failReturn();
        RuleResult rows = new RuleResult().flagRow("Header", 1).flagCell("Header", 0, "SEX").flagRow("Header", 1);
        RuleDefinition def = RuleRegistry.load(ReturnKind.SSDA903).find("101", "lac2022_23").orElseThrow().definition();
        FailureList list = new FailureList(List.of(new FailureList.Block(def, "SEX", bare, true),
                new FailureList.Block(def, "SEX", rows, false)), data);
        assertThat(list).hasSize(3);
        assertThat(list.get(0).table()).isNull();
        assertThat(list.get(0).row()).isNull();
        assertThat(list.get(1)).extracting(Failure::table, Failure::row, Failure::child, Failure::field)
                .containsExactly("Header", 1, "B", "SEX");
        assertThat(list.get(2)).extracting(Failure::row, Failure::child).containsExactly(0, "A");
        assertThat(list.errors()).isEqualTo(3);
    }
}
