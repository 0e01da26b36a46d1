package org.kindred.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SW_REASON codes of the SSDA903 social worker episodes table, as in the DfE's 2024 to 2026 specifications. */
class ChangeReasonTest {
    @Test
    void theCodesAreTheDfEList() {
        assertThat(Arrays.stream(ChangeReason.values()).map(ChangeReason::code)).containsExactly(
                "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS");
    }

    @Test
    void readsACodeWithSpacesAroundIt() {
        assertThat(ChangeReason.fromCode(" PCCHAN ")).contains(ChangeReason.PCCHAN);
        assertThat(ChangeReason.fromCode("XX")).isEmpty();
        assertThat(ChangeReason.fromCode(null)).isEmpty();
    }
}
