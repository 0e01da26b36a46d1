package org.kindred.person.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FellegiSunterScorerTest {

    private final FellegiSunterScorer scorer = FellegiSunterScorer.create(TestData.DATA);
    private final PersonRecord elizabeth = TestData.elizabeth().build();

    @Test
    void lizIsANicknameOfElizabeth() {
        FieldComparison given = compare(TestData.elizabeth().givenNames("Liz")).field(MatchField.GIVEN_NAME);
        assertThat(given.level()).isEqualTo("nickname");
        assertThat(given.agreement()).isEqualTo(Agreement.PARTIAL);
        assertThat(given.weight()).isPositive();
    }

    @Test
    void dayAndMonthSwappedIsItsOwnLevel() {
        FieldComparison dob = compare(TestData.elizabeth().dateOfBirth(DateOfBirth.parse("2012-07-03")))
                .field(MatchField.DATE_OF_BIRTH);
        assertThat(dob.level()).isEqualTo("day/month swap");
        assertThat(dob.weight()).isGreaterThan(5);
    }

    @Test
    void aPreviousSurnameStillCounts() {
        PersonRecord married = TestData.elizabeth().familyName("Mensah").previousNames(List.of("Okafor")).build();
        FieldComparison family = scorer.explain(elizabeth, married).field(MatchField.FAMILY_NAME);
        assertThat(family.level()).isEqualTo("previous name");
        assertThat(family.weight()).isPositive();
    }

    @Test
    void aTypoIsSimilarSpelling() {
        FieldComparison family = compare(TestData.elizabeth().familyName("Okafro")).field(MatchField.FAMILY_NAME);
        assertThat(family.level()).isEqualTo("similar spelling");
        assertThat(family.agreement()).isEqualTo(Agreement.PARTIAL);
    }

    @Test
    void theExplanationCoversEveryFieldAndAddsUpToTheScore() {
        PersonRecord other = TestData.elizabeth().givenNames("Beth").postcode("LS6 3AB").nhsNumber(null).build();
        MatchCandidate candidate = scorer.score(elizabeth, other);
        MatchExplanation why = candidate.explanation();
        assertThat(why.fields()).extracting(FieldComparison::field).containsExactly(MatchField.values());
        assertThat(why.field(MatchField.NHS_NUMBER).agreement()).isEqualTo(Agreement.MISSING);
        assertThat(why.field(MatchField.NHS_NUMBER).weight()).isZero();
        assertThat(why.field(MatchField.POSTCODE).level()).isEqualTo("same district");
        assertThat(why.field(MatchField.SEX).agreement()).isEqualTo(Agreement.AGREE);
        assertThat(candidate.score()).isCloseTo(why.totalWeight(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(candidate.probability()).isBetween(0.99, 1.0);
        assertThat(why.toString()).contains("given name: nickname", "date of birth: exact").doesNotContain("NHS");
    }

    @Test
    void differentPeopleScoreLow() {
        PersonRecord stranger = PersonRecord.builder("p2").givenNames("Tomasz").familyName("Wright").sex(ComparedSex.MALE)
                .dateOfBirth(DateOfBirth.parse("1984-11-23")).postcode("M14 5RT").build();
        assertThat(scorer.score(elizabeth, stranger).probability()).isLessThan(0.001);
    }

    @Test
    void aRareNameAgreeingWeighsMoreThanACommonOne() {
        PersonRecord smith = TestData.elizabeth().familyName("Smith").build();
        double common = scorer.explain(smith, smith).field(MatchField.FAMILY_NAME).weight();
        double rare = scorer.explain(elizabeth, elizabeth).field(MatchField.FAMILY_NAME).weight();
        assertThat(rare).isGreaterThan(common);
    }

    private MatchExplanation compare(PersonRecord.Builder other) {
        return scorer.explain(elizabeth, other.build());
    }
}
