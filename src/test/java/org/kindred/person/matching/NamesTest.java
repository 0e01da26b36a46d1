package org.kindred.person.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void normalisesAccentsHyphensAndCase() {
        assertThat(Names.tokens("  Zoë O'Brien-Smith ")).containsExactly("zoe", "obrien", "smith");
    }

    @Test
    void twoSpellingsOneTypoApartShareADeletionKey() {
        assertThat(Names.deletions("catherine")).contains("cathrine");                      // a letter dropped
        assertThat(Names.deletions("smith")).containsAnyElementsOf(Names.deletions("smyth")); // one letter changed
        assertThat(Names.deletions("stephen")).containsAnyElementsOf(Names.deletions("stpehen")); // two letters swapped
    }
}
