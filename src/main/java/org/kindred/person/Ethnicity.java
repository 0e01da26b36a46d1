package org.kindred.person;

import java.util.Optional;
import org.kindred.shared.Codes;

/** The DfE's ethnicity codes, as the CIN census and SSDA903 use them. */
public enum Ethnicity {
    WBRI("White British"), WIRI("White Irish"), WOTH("Any other White background"),
    WIRT("Traveller of Irish heritage"), WROM("Gypsy/Roma"),
    MWBC("White and Black Caribbean"), MWBA("White and Black African"), MWAS("White and Asian"),
    MOTH("Any other mixed background"), AIND("Indian"), APKN("Pakistani"), ABAN("Bangladeshi"),
    AOTH("Any other Asian background"), BCRB("Black Caribbean"), BAFR("Black African"),
    BOTH("Any other Black background"), CHNE("Chinese"), OOTH("Any other ethnic group"),
    REFU("Refused"), NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<Ethnicity> fromCode(String code) {
        return Codes.byName(Ethnicity.class, code);
    }
}
