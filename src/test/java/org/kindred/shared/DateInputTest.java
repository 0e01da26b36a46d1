package org.kindred.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GOV.UK date input's reading and its Design System messages. */
class DateInputTest {
    private static String message(DateInput input, boolean required) {
        Problems p = new Problems();
        LocalDate d = required ? input.require(p, "dob", "Date of birth") : input.read(p, "dob", "Date of birth");
        assertThat(d).isNull();
        try {
            p.throwIfAny();
        } catch (InvalidInput e) {
            return e.errors().get("dob");
        }
        return null;
    }

    @Test
    void readsARealDateFromItsThreeBoxes() {
        Problems p = new Problems();
        assertThat(DateInput.from(Map.of("dobDay", " 7", "dobMonth", "12 ", "dobYear", "2026"), "dob")
                .read(p, "dob", "Date of birth")).isEqualTo(LocalDate.of(2026, 12, 7));
        p.throwIfAny();
    }

    @Test
    void givesTheGovukMessages() {
        assertThat(message(new DateInput("", "", ""), false)).isNull();
        assertThat(message(new DateInput("", " ", null), true)).isEqualTo("Enter date of birth");
        assertThat(message(new DateInput("7", "", "2026"), false)).isEqualTo("Date of birth must include a month");
        assertThat(message(new DateInput("", "", "2026"), false)).isEqualTo("Date of birth must include a day and month");
        assertThat(message(new DateInput("31", "2", "2026"), false)).isEqualTo("Date of birth must be a real date");
        assertThat(message(new DateInput("x", "2", "2026"), false)).isEqualTo("Date of birth must be a real date");
        assertThat(message(new DateInput("1", "2", "26"), false)).isEqualTo("Year must include 4 numbers");
    }

    @Test
    void fillsAFormThatReadsBackAsTheSameDate() {
        Map<String, String> form = DateInput.filled("heldOn", LocalDate.of(2027, 4, 2));
        assertThat(form).containsEntry("heldOnDay", "2").containsEntry("heldOnMonth", "4").containsEntry("heldOnYear", "2027");
        Problems p = new Problems();
        assertThat(DateInput.from(form, "heldOn").read(p, "heldOn", "Date")).isEqualTo(LocalDate.of(2027, 4, 2));
        form.put("heldOnDay", "30");
        form.put("heldOnMonth", "2");
        assertThat(DateInput.from(form, "heldOn").read(p, "heldOn", "Date")).isNull();
        assertThat(p.has("heldOn")).isTrue();
    }

    @Test
    void readsIsoTextAndTimes() {
        Problems p = new Problems();
        assertThat(DateInput.iso(p, "on", "2026-12-07", "Date")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(DateInput.time(p, "at", "930")).isEqualTo(LocalTime.of(9, 30));
        assertThat(DateInput.time(p, "at", "14.05")).isEqualTo(LocalTime.of(14, 5));
        p.throwIfAny();
        assertThat(DateInput.iso(p, "on", "2026-02-30", "Date")).isNull();
        assertThat(DateInput.time(p, "at", "25:00")).isNull();
        assertThatThrownBy(p::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .containsEntry("on", "Date must be a real date")
                .containsEntry("at", "Enter a time in 24-hour format, like 14:30"));
    }
}
