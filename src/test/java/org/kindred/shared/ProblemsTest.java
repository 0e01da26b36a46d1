package org.kindred.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A form's own problems and its command's, in one summary, without recording a mistyped optional field as blank. */
class ProblemsTest {
    private static Problems mistyped(String field) {
        return new Problems().add(field, "Date must be a real date");
    }

    @Test
    void aRequiredDateTheFormCouldNotReadJoinsTheCommandsErrorsAndTheFormsMessageWins() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> mistyped("heldOn").alongside(() -> {
            throw new InvalidInput(java.util.Map.of("heldOn", "Enter the date", "text", "Enter the text"));
        }));
        assertThat(e.errors()).containsEntry("heldOn", "Date must be a real date").containsEntry("text", "Enter the text");
    }

    @Test
    void aMistypedOptionalDateStopsTheFormBeforeTheCommandRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> mistyped("nextDue").alongside(() -> {
            ran.set(true);
            return 1;
        }, "nextDue"));
        assertThat(e.errors()).containsOnlyKeys("nextDue");
        assertThat(ran).isFalse();
    }

    @Test
    void withNothingWrongTheCommandRunsAndItsResultComesBack() {
        assertThat(new Problems().alongside(() -> 42, "nextDue")).isEqualTo(42);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> mistyped("heldOn").alongside(() -> 1, "nextDue"))
                .errors()).as("a required date's problem still refuses the change").containsOnlyKeys("heldOn");
    }
}
