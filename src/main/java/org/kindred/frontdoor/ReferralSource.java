package org.kindred.frontdoor;

import java.util.Optional;
import org.kindred.shared.Codes;

/**
 * Who made a contact: the CIN census referral source codes (DfE, {@code referralsourcetype} in
 * CIN_schema_2024.xsd, unchanged in 2025 and 2026). The code is what the census and the API use.
 */
public enum ReferralSource {
    INDIVIDUAL_FAMILY("1A", "Individual: family member, relative or carer"),
    INDIVIDUAL_ACQUAINTANCE("1B", "Individual: acquaintance (including neighbours and child minders)"),
    INDIVIDUAL_SELF("1C", "Individual: self"),
    INDIVIDUAL_OTHER("1D", "Individual: other (including strangers)"),
    SCHOOLS("2A", "Schools"),
    EDUCATION_SERVICES("2B", "Education services"),
    HEALTH_GP("3A", "Health services: general practitioner (GP)"),
    HEALTH_VISITOR("3B", "Health services: health visitor"),
    HEALTH_SCHOOL_NURSE("3C", "Health services: school nurse"),
    HEALTH_OTHER_PRIMARY("3D", "Health services: other primary health services"),
    HEALTH_A_AND_E("3E", "Health services: A&E (accident and emergency department)"),
    HEALTH_OTHER("3F", "Health services: other (for example hospice)"),
    HOUSING("4", "Housing: local authority housing or housing association"),
    LA_SOCIAL_CARE("5A", "LA services: social care, for example adult social care services"),
    LA_OTHER_INTERNAL("5B", "LA services: other internal, for example youth offending (excluding housing)"),
    LA_EXTERNAL("5C", "LA services: external, for example another local authority's adult social care"),
    LA_EARLY_HELP("5D", "LA services: early help"),
    POLICE("6", "Police"),
    OTHER_LEGAL_AGENCY("7", "Other legal agency: courts, probation, immigration, CAFCASS or prison"),
    OTHER("8", "Other: children's centres, independent agency providers or voluntary organisations"),
    ANONYMOUS("9", "Anonymous"),
    UNKNOWN("10", "Unknown");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** The source for a census code such as "1A" (any case, surrounding spaces ignored). */
    public static Optional<ReferralSource> fromCode(String code) {
        return Codes.byCode(ReferralSource.class, code, ReferralSource::code);
    }
}
