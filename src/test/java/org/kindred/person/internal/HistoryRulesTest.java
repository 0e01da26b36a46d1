package org.kindred.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.person.NameKind;
import org.kindred.person.NewAddress;
import org.kindred.person.NewPersonName;
import org.kindred.person.RelationshipKind;
import org.kindred.shared.InvalidInput;

/** Sibling labels, relationship inverses and the checks on names and addresses. */
class HistoryRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void siblingsSayHowTheyAreKnown() {
        assertThat(SiblingLabel.of(Set.of("MOTHER", "FATHER"))).isEqualTo("Shares mother and father");
        assertThat(SiblingLabel.of(Set.of("FATHER"))).isEqualTo("Shares father");
        assertThat(SiblingLabel.of(Set.of("SIBLING", "MOTHER"))).isEqualTo("Sibling (shares mother)");
        assertThat(SiblingLabel.of(Set.of("HALF_SIBLING"))).isEqualTo("Half-sibling");
        assertThat(SiblingLabel.of(Set.of("PARENT"))).isEqualTo("Shares a parent");
    }

    @Test
    void aRelationshipReadsBackwardsFromTheOtherSide() {
        assertThat(RelationshipKind.MOTHER.inverseLabel()).isEqualTo("Child");
        assertThat(RelationshipKind.CHILD.inverseLabel()).isEqualTo("Parent");
        assertThat(RelationshipKind.GRANDPARENT.inverseLabel()).isEqualTo("Grandchild");
        assertThat(RelationshipKind.SIBLING.inverseLabel()).isEqualTo("Sibling");
    }

    @Test
    void aNameNeedsItsKindAndLastNameAndDatesInOrder() {
        assertThatThrownBy(() -> HistoryCheck.name(new NewPersonName("", " ", null, LocalDate.parse("2020-01-01"), LocalDate.parse("2019-01-01")), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsOnlyKeys("kind", "familyName", "to"));
        ValidName ok = HistoryCheck.name(new NewPersonName("alias", " Roxy ", " Smith ", null, null), TODAY);
        assertThat(ok.kind()).isEqualTo(NameKind.ALIAS);
        assertThat(ok.givenNames()).isEqualTo("Roxy");
    }

    @Test
    void aMoveCannotBeBeforeTheCurrentAddressBeganNorInTheFuture() {
        LocalDate began = LocalDate.of(2024, 5, 1);
        assertThatThrownBy(() -> HistoryCheck.address(new NewAddress("1 Road", null, null, "ZY1 1AB", LocalDate.parse("2024-04-30")), TODAY, began))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("from")).contains("1 May 2024"));
        assertThatThrownBy(() -> HistoryCheck.address(new NewAddress(null, null, null, "ZY1 1AB", LocalDate.parse("2027-01-01")), TODAY, began))
                .isInstanceOf(InvalidInput.class);
        assertThat(HistoryCheck.address(new NewAddress(null, null, null, "zy11ab", null), TODAY, began).from()).isEqualTo(TODAY);
    }
}
