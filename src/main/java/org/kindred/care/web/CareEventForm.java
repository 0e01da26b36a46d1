package org.kindred.care.web;

import org.kindred.care.CareEvent;
import org.kindred.care.Coded;
import org.kindred.care.NewCareEvent;
import org.kindred.shared.DateInput;

/** The "record what happened" form as typed; codes are chosen from the SSDA903 lists. */
public class CareEventForm extends HeldForm {
    private String kind;
    private String legalStatus;
    private String categoryOfNeed;
    private String placementType;
    private String placementProvider;
    private String placementPostcode;
    private String placementUrn;
    private String planned;
    private String sameCarer;
    private String placementChangeReason;
    private String reasonCeased;

    /** The form filled with a recorded event, to correct it. */
    static CareEventForm of(CareEvent e) {
        CareEventForm f = new CareEventForm();
        f.kind = e.kind().name();
        DateInput d = DateInput.of(e.date());
        f.setDay(d.day());
        f.setMonth(d.month());
        f.setYear(d.year());
        f.legalStatus = code(e.legalStatus());
        f.categoryOfNeed = code(e.categoryOfNeed());
        if (e.placement() != null) {
            f.placementType = code(e.placement().type());
            f.placementProvider = code(e.placement().provider());
            f.placementPostcode = e.placement().postcode();
            f.placementUrn = e.placement().urn();
        }
        f.planned = e.planned() == null ? null : e.planned() ? "planned" : "emergency";
        f.sameCarer = e.sameCarer() ? "yes" : null;
        f.placementChangeReason = code(e.placementChangeReason());
        f.reasonCeased = code(e.reasonCeased());
        return f;
    }

    private static String code(Coded c) { return c == null ? null : c.code(); }

    NewCareEvent toNewCareEvent() {
        return new NewCareEvent(kind, date(), legalStatus, categoryOfNeed,
                placementType, placementProvider, placementPostcode,
                DateParts.blank(planned) ? null : "planned".equals(planned), "yes".equals(sameCarer),
                placementChangeReason, reasonCeased, placementUrn);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String legalStatus) { this.legalStatus = legalStatus; }
    public String getCategoryOfNeed() { return categoryOfNeed; }
    public void setCategoryOfNeed(String categoryOfNeed) { this.categoryOfNeed = categoryOfNeed; }
    public String getPlacementType() { return placementType; }
    public void setPlacementType(String placementType) { this.placementType = placementType; }
    public String getPlacementProvider() { return placementProvider; }
    public void setPlacementProvider(String placementProvider) { this.placementProvider = placementProvider; }
    public String getPlacementPostcode() { return placementPostcode; }
    public void setPlacementPostcode(String placementPostcode) { this.placementPostcode = placementPostcode; }
    public String getPlacementUrn() { return placementUrn; }
    public void setPlacementUrn(String placementUrn) { this.placementUrn = placementUrn; }
    public String getPlanned() { return planned; }
    public void setPlanned(String planned) { this.planned = planned; }
    public String getSameCarer() { return sameCarer; }
    public void setSameCarer(String sameCarer) { this.sameCarer = sameCarer; }
    public String getPlacementChangeReason() { return placementChangeReason; }
    public void setPlacementChangeReason(String placementChangeReason) { this.placementChangeReason = placementChangeReason; }
    public String getReasonCeased() { return reasonCeased; }
    public void setReasonCeased(String reasonCeased) { this.reasonCeased = reasonCeased; }
}
