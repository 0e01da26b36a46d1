package org.kindred.recognition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.recognition.NewWindow;
import org.kindred.recognition.NominationWindow;
import org.kindred.shared.InvalidInput;

class WindowCheckTest {
    private static final LocalDate D = LocalDate.of(2027, 9, 1);

    @Test
    void aWindowClosesAfterItOpensAndIsCelebratedAfterItCloses() {
        WindowCheck.check(new NewWindow("Celebration 2027", D, D.plusDays(30), D.plusDays(30)));
        assertThatThrownBy(() -> WindowCheck.check(new NewWindow(" ", D, D.minusDays(1), D.minusDays(2))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsOnlyKeys("name", "closesOn", "celebrationOn"));
    }

    @Test
    void nomineesSeeTheirNominationsFromTheCelebrationOn() {
        NominationWindow w = new NominationWindow(1, "C", D, D.plusDays(30), D.plusDays(60), "admin");
        assertThat(w.openOn(D.plusDays(30))).isTrue();
        assertThat(w.openOn(D.plusDays(31))).isFalse();
        assertThat(w.celebratedBy(D.plusDays(59))).isFalse();
        assertThat(w.celebratedBy(D.plusDays(60))).isTrue();
    }

    @Test
    void fileNamesAreSafeInAHeaderAndAZip() {
        assertThat(CertificateFiles.slug("Celebration \"2027\" <b>")).isEqualTo("celebration-2027-b");
        assertThat(CertificateFiles.entryName(new NomineeNominations("u", "Zoë O'Neil", "T", java.util.List.of()), 7))
                .isEqualTo("0007-zo-o-neil.pdf");
    }
}
