package org.kindred.person.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index kept in a folder opens again with the same people and finds them as before. */
class KeptPersonIndexTest {

    @TempDir
    Path folder;

    @Test
    void savedThenOpenedFindsTheSamePeopleWithEveryField() throws Exception {
        PersonRecord full = PersonRecord.builder("7/a1").givenNames("Lola").familyName("Hutton")
                .previousNames(List.of("Smith", "Ng")).dateOfBirth(DateOfBirth.parse("2014-02-03").asEstimated())
                .sex(ComparedSex.FEMALE).postcode("ZY1 2AB").nhsNumber("9434765919").upn("A925123456789").niNumber(null)
                .addressLines(List.of("1 Long Lane", "Upton")).build();
        PersonRecord sparse = PersonRecord.builder("8").givenNames("Sam").build();
        LucenePersonIndex first = LucenePersonIndex.kept(TestData.DATA, FellegiSunterScorer.create(TestData.DATA), folder);
        first.load(List.of(full, sparse));
        first.save(folder);
        first.close();
        assertThat(PeopleFile.read(folder.resolve("people.bin"))).containsExactlyInAnyOrder(full, sparse);

        LucenePersonIndex again = LucenePersonIndex.kept(TestData.DATA, FellegiSunterScorer.create(TestData.DATA), folder);
        try {
            assertThat(again.size()).isEqualTo(2);
            assertThat(again.recordIds()).containsExactlyInAnyOrder("7/a1", "8");
            List<MatchCandidate> found = again.search(PersonQuery.like(PersonRecord.builder("q").givenNames("Lola")
                    .familyName("Huton").dateOfBirth(DateOfBirth.parse("2014-02-03")).build()), 5);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).id()).isEqualTo("7/a1");
        } finally {
            again.close();
        }
    }

    @Test
    void clearingForgetsEveryone() {
        LucenePersonIndex index = LucenePersonIndex.kept(TestData.DATA, FellegiSunterScorer.create(TestData.DATA), folder);
        try {
            index.load(List.of(PersonRecord.builder("1").givenNames("Ada").familyName("Obi").build()));
            index.clear();
            index.refresh();
            assertThat(index.size()).isZero();
            assertThat(index.search(PersonQuery.like(PersonRecord.builder("q").givenNames("Ada").familyName("Obi")
                    .build()), 5)).isEmpty();
        } finally {
            index.close();
        }
    }
}
