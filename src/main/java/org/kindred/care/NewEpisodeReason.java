package org.kindred.care;

/**
 * Reason for new episode: SSDA903 {@code RNE} (DfE, SSDA903 guidance; codes as in SSDA903_schema_2024.yml).
 * The first episode of a period of care is S; each later episode says what changed (DfE validation rules 357,
 * 431-436: L legal status only, P placement only, T both; B and U when the carer stays the same).
 */
public enum NewEpisodeReason implements Coded {
    S("Started to be looked after"),
    L("Change of legal status only"),
    P("Change of placement and carer(s) only"),
    T("Change of both legal status and placement and carer(s) at the same time"),
    B("Change of placement but carer(s) stayed the same"),
    U("Change of legal status and placement, but carer(s) stayed the same");
    private final String label;

    NewEpisodeReason(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
