package org.kindred.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** UK time: summer time moves the date of a late-evening instant; the two written forms of a date. */
class UkTimeTest {
    @Test
    void anEveningInSummerIsTheNextDayInTheUk() {
        Instant lateUtc = Instant.parse("2026-06-30T23:30:00Z");
        assertThat(UkTime.date(lateUtc)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(UkTime.today(Clock.fixed(lateUtc, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(UkTime.instant(LocalDate.of(2026, 7, 1), LocalTime.of(0, 30))).isEqualTo(lateUtc);
        assertThat(UkTime.startOf(LocalDate.of(2026, 12, 7))).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void writesAndReadsDates() {
        LocalDate d = LocalDate.of(2026, 12, 7);
        assertThat(UkTime.written(d)).isEqualTo("7 December 2026");
        assertThat(UkTime.numeric(d)).isEqualTo("07/12/2026");
        assertThat(UkTime.fromNumeric("7/12/2026")).isEqualTo(d);
        assertThat(UkTime.written(null)).isEmpty();
        assertThatThrownBy(() -> UkTime.fromNumeric("2026-12-07")).isInstanceOf(DateTimeException.class);
    }
}
