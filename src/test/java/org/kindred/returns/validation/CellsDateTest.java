package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates are remembered by cell text: a second read must give what the first gave, dates and non-dates alike. */
class CellsDateTest {
    @Test
    void readsTheSameCellTheSameWayEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(Cells.date("31/03/2024")).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(Cells.date(new String("1/4/2023"))).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(Cells.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(Cells.date(" 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(Cells.date("31/02/2024")).isNull();
            assertThat(Cells.date("31/08/20020")).isNull();
            assertThat(Cells.date("   ")).isNull();
            assertThat(Cells.date(null)).isNull();
        }
    }
}
