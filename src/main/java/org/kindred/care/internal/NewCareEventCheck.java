package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.Arrays;
import org.kindred.care.CareEvent;
import org.kindred.care.CareEventKind;
import org.kindred.care.CategoryOfNeed;
import org.kindred.care.Coded;
import org.kindred.care.LegalStatus;
import org.kindred.care.NewCareEvent;
import org.kindred.care.Placement;
import org.kindred.care.PlacementChangeReason;
import org.kindred.care.PlacementProvider;
import org.kindred.care.PlacementType;
import org.kindred.care.ReasonCeased;
import org.kindred.shared.Problems;

/** Checks one event on its own; whether it fits the child's history is for the episode derivation to say. */
final class NewCareEventCheck {
    private NewCareEventCheck() {
    }

    static CareEvent validate(NewCareEvent in, LocalDate today, LocalDate dateOfBirth, Problems p) {
        CareEventKind kind = kind(in.kind(), p);
        if (in.date() == null) p.add("date", "Enter the date");
        else if (in.date().isAfter(today)) p.add("date", "The date must be today or in the past");
        else if (dateOfBirth != null && in.date().isBefore(dateOfBirth)) p.add("date", "The date must be after the child's birth");
        if (kind == null) return null;
        boolean starts = kind == CareEventKind.CAME_INTO_CARE;
        boolean needsLs = starts || kind == CareEventKind.LEGAL_STATUS_CHANGE;
        boolean needsPlacement = starts || kind == CareEventKind.PLACEMENT_CHANGE;
        LegalStatus ls = code(LegalStatus.class, in.legalStatus(), "legalStatus", "Select the legal status", needsLs, p);
        CategoryOfNeed need = code(CategoryOfNeed.class, in.categoryOfNeed(), "categoryOfNeed", "Select the category of need", starts, p);
        PlacementType type = code(PlacementType.class, in.placementType(), "placementType", "Select the placement type", needsPlacement, p);
        PlacementProvider provider = code(PlacementProvider.class, in.placementProvider(), "placementProvider",
                "Select the placement provider", needsPlacement, p);
        PlacementChangeReason reason = code(PlacementChangeReason.class, in.placementChangeReason(), "placementChangeReason",
                "Select the reason for the placement change", false, p);
        ReasonCeased ceased = code(ReasonCeased.class, in.reasonCeased(), "reasonCeased", "Select why the child left care",
                kind == CareEventKind.LEFT_CARE, p);
        if (starts && in.planned() == null) p.add("planned", "Select whether coming into care was planned or an emergency");
        String postcode = in.placementPostcode() == null || in.placementPostcode().isBlank() ? null
                : in.placementPostcode().trim().toUpperCase();
        if (postcode != null && !postcode.matches("[A-Z0-9 ]{2,8}")) p.add("placementPostcode", "Enter a postcode, like AB1 2CD");
        String urn = in.placementUrn() == null || in.placementUrn().isBlank() ? null : in.placementUrn().trim().toUpperCase();
        // Ofsted URNs: SC and six digits, or seven digits for newer registrations; XXXXXXX where there is none.
        if (urn != null && !urn.matches("SC[0-9]{6}|[0-9]{7}|X{7}")) {
            p.add("placementUrn", "Enter the Ofsted URN, like SC123456 or 2123456, or XXXXXXX if the setting has none");
        }
        Placement placement = needsPlacement ? new Placement(type, provider, postcode, urn) : null;
        return new CareEvent(0, kind, in.date(), needsLs ? ls : null, starts ? need : null, placement,
                starts ? in.planned() : null, Boolean.TRUE.equals(in.sameCarer()) && !starts,
                kind == CareEventKind.PLACEMENT_CHANGE ? reason : null, kind == CareEventKind.LEFT_CARE ? ceased : null);
    }

    private static CareEventKind kind(String value, Problems p) {
        CareEventKind kind = value == null ? null : Arrays.stream(CareEventKind.values())
                .filter(k -> k.name().equalsIgnoreCase(value.trim())).findFirst().orElse(null);
        if (kind == null) p.add("kind", "Select what happened");
        return kind;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String value, String field, String message,
                                                     boolean required, Problems p) {
        if (value == null || value.isBlank()) {
            if (required) p.add(field, message);
            return null;
        }
        E e = Coded.fromCode(type, value).orElse(null);
        if (e == null) p.add(field, message + " from the list");
        return e;
    }
}
