package org.kindred.allocation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a child's social worker changed: the DfE code list for SW_REASON in the SSDA903 social worker episodes
 * table (SWEpisodes, from the 2023 to 2024 collection; unchanged in 2024/25 to 2026/27). Labels paraphrase the
 * DfE guide; the codes are what the return carries.
 */
public enum ChangeReason {
    MANAGE("Management decision, for example to balance caseloads"),
    FCONTA("Social worker's fixed-term or agency contract ended"),
    LEFTRL("Social worker left the role"),
    ORGRST("Organisational restructure"),
    TSPROC("Transfer between teams as part of the usual process, for example after assessment"),
    ABSENC("Social worker absent, for example long-term sickness or parental leave"),
    CHCHAN("The child asked for a change"),
    PCCHAN("The parent or carer asked for a change"),
    SWDIED("Social worker died"),
    OTHERS("Other reason");

    private final String label;

    ChangeReason(String label) { this.label = label; }

    public String label() { return label; }

    public String code() { return name(); }

    public static Optional<ChangeReason> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equals(code.trim())).findFirst();
    }
}
