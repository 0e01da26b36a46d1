package org.kindred.shared.time;

import org.kindred.shared.time.UkTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {
    private final Clock system = Clock.fixed(Instant.parse("2026-12-06T23:30:00Z"), UkTime.ZONE);

    @Test
    void withoutASettingItIsTheSystemClock() {
        assertThat(ApplicationClock.at("", system)).isSameAs(system);
        assertThat(ApplicationClock.at(null, system)).isSameAs(system);
    }

    @Test
    void aSettingMovesTheDateAndKeepsTheTimeOfDay() {
        Clock moved = ApplicationClock.at("2029-12-31", system);
        assertThat(LocalDate.now(moved)).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(moved.instant().atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(java.time.LocalTime.of(23, 30));
        assertThat(moved.getZone()).isEqualTo(UkTime.ZONE);
    }

    @Test
    void aDateThatIsNoDateIsRefused() {
        assertThatThrownBy(() -> ApplicationClock.at("2027-02-30", system)).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void aWinterEveningMovedIntoSummerTimeStaysOnTheChosenDay() {
        Clock moved = ApplicationClock.at("2027-04-02", system);
        assertThat(LocalDate.now(moved)).isEqualTo(LocalDate.of(2027, 4, 2));
    }
}
