package org.kindred.care;

import java.util.Optional;

/**
 * Reason for new episode: SSDA903 {@code RNE} (DfE, SSDA903 guidance; codes as in SSDA903_schema_2024.yml).
 * The first episode of a period of care is S; each later episode says what changed (DfE validation rules 357,
 * 431-436: L legal status only, P placement only, T both; B and U when the carer stays the same).
 */
public enum NewEpisodeReason implements Coded {
    S("S", "Started to be looked after"),
    L("L", "Change of legal status only"),
    P("P", "Change of placement and carer(s) only"),
    T("T", "Change of both legal status and placement and carer(s) at the same time"),
    B("B", "Change of placement but carer(s) stayed the same"),
    U("U", "Change of legal status and placement, but carer(s) stayed the same");
    private final String code;
    private final String label;

    NewEpisodeReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() { return code; }

    @Override
    public String label() { return label; }

    public static Optional<NewEpisodeReason> fromCode(String code) {
        return Coded.fromCode(NewEpisodeReason.class, code);
    }
}
