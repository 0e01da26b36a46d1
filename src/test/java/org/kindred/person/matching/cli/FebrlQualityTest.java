package org.kindred.person.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.person.matching.BatchLinker;
import org.kindred.person.matching.FellegiSunterScorer;
import org.kindred.person.matching.LinkageQuality;
import org.kindred.person.matching.MatchedPair;
import org.kindred.person.matching.MatchingData;

/** The acceptance bar: deduplicating FEBRL dataset3 at the default threshold reaches pairwise F1 >= 0.99. */
class FebrlQualityTest {

    @Test
    void dataset3DedupeHasPairwiseF1OfAtLeast099() throws Exception {
        // FEBRL from ../shared (test data); names and nicknames as the jar ships them.
        RecordFile file = RecordFile.read(Path.of("../shared/matching/febrl/dataset3.csv"), RecordFormat.FEBRL,
                new PrintWriter(new StringWriter()));
        MatchingData data = MatchingData.loadDefault();
        List<MatchedPair> pairs = new BatchLinker(data, FellegiSunterScorer.create(data))
                .dedupe(file.people(), BatchLinker.DEFAULT_THRESHOLD);
        LinkageQuality quality = LinkageQuality.ofDedupe(pairs, file.entityOf());
        System.out.println("FEBRL dataset3: " + quality);
        assertThat(file.people()).hasSize(5000);
        assertThat(quality.truePairs()).isEqualTo(6538);
        assertThat(quality.f1()).isGreaterThanOrEqualTo(0.99);
    }
}
