package org.kindred.person.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LucenePersonIndexTest {

    private LucenePersonIndex index;

    @BeforeEach
    void register() {
        index = LucenePersonIndex.inMemory(TestData.DATA);
        index.load(List.of(TestData.elizabeth().build(),
                person("p2", "Elisabeth", "Okafor", "2010-01-15", "LS6 2QD"),
                person("p3", "Liam", "Okoro", "2012-03-07", "BD1 1AA"),
                person("p4", "Mohammed", "Hussain", "2015-12-04", "B11 1AB"),
                person("p5", "Grace", "Mensah", "2009-06-30", "LS7 4HH")));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsElizabethWhenAskedForLiz() {
        assertThat(best(PersonRecord.builder("q").givenNames("Liz").familyName("Okafor")
                .dateOfBirth(DateOfBirth.parse("2012-03-07")))).isEqualTo("p1");
    }

    @Test
    void findsThroughASwappedDayAndMonth() {
        assertThat(best(PersonRecord.builder("q").givenNames("Elizabeth").familyName("Okafor")
                .dateOfBirth(DateOfBirth.parse("2012-07-03")))).isEqualTo("p1");
    }

    @Test
    void findsThroughATypoAndAMissingPostcode() {
        assertThat(best(PersonRecord.builder("q").givenNames("Mohamed").familyName("Husain")
                .dateOfBirth(DateOfBirth.parse("2015-12-04")))).isEqualTo("p4");
    }

    @Test
    void findsSomeoneWhoseSurnameChanged() {
        index.update(person("p5", "Grace", "Adjei", "2009-06-30", "LS7 4HH").toBuilder()
                .previousNames(List.of("Mensah")).build());
        index.refresh();
        assertThat(best(PersonRecord.builder("q").givenNames("Grace").familyName("Mensah")
                .dateOfBirth(DateOfBirth.parse("2009-06-30")))).isEqualTo("p5");
        assertThat(index.search(query("Grace", "Adjei"), 1).get(0).id()).isEqualTo("p5");
    }

    @Test
    void theNhsNumberAloneFindsThePerson() {
        assertThat(best(PersonRecord.builder("q").nhsNumber("9434765919"))).isEqualTo("p1");
    }

    @Test
    void aNewPersonIsFoundWithinOneSecondWithoutAnExplicitRefresh() throws InterruptedException {
        index.add(person("p6", "Zainab", "Quartey", "2018-02-11", "LS9 9ZZ"));
        long deadline = System.nanoTime() + 1_000_000_000L;
        List<MatchCandidate> found = List.of();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            found = index.search(query("Zainab", "Quartey"), 1);
            Thread.sleep(20);
        }
        assertThat(found).extracting(MatchCandidate::id).containsExactly("p6");
    }

    @Test
    void aRemovedPersonIsNoLongerFound() {
        index.remove(TestData.elizabeth().build());
        assertThat(index.search(query("Elizabeth", "Okafor"), 10)).extracting(MatchCandidate::id).doesNotContain("p1");
    }

    @Test
    void candidatesComeBestFirstWithExplanations() {
        List<MatchCandidate> found = index.search(query("Elizabeth", "Okafor"), 10);
        assertThat(found).extracting(MatchCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(found.get(0).explanation().field(MatchField.FAMILY_NAME).level()).isEqualTo("exact");
    }

    private String best(PersonRecord.Builder query) {
        return index.search(PersonQuery.like(query.build()), 5).get(0).id();
    }

    private static PersonQuery query(String given, String family) {
        return PersonQuery.like(PersonRecord.builder("q").givenNames(given).familyName(family).build());
    }

    private static PersonRecord person(String id, String given, String family, String dob, String postcode) {
        return PersonRecord.builder(id).givenNames(given).familyName(family).dateOfBirth(DateOfBirth.parse(dob))
                .postcode(postcode).build();
    }
}
