package org.kindred.care.web;

import org.kindred.care.NewMissingEpisode;

/** The missing episode form: when the child went missing and came back, and the return home interview offer. */
public class MissingForm {
    private String kind = "M";
    private String startDay, startMonth, startYear, startTime;
    private String endDay, endMonth, endYear, endTime;
    private String offerDay, offerMonth, offerYear, offerTime;
    private String accepted;

    NewMissingEpisode toNewMissingEpisode() {
        return new NewMissingEpisode(kind,
                DateParts.instant(startDay, startMonth, startYear, startTime, "startedAt"),
                DateParts.instant(endDay, endMonth, endYear, endTime, "endedAt"),
                DateParts.instant(offerDay, offerMonth, offerYear, offerTime, "rhiOfferedAt"),
                DateParts.blank(accepted) ? null : "yes".equals(accepted));
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String v) { startDay = v; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String v) { startMonth = v; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String v) { startYear = v; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = v; }
    public String getEndDay() { return endDay; }
    public void setEndDay(String v) { endDay = v; }
    public String getEndMonth() { return endMonth; }
    public void setEndMonth(String v) { endMonth = v; }
    public String getEndYear() { return endYear; }
    public void setEndYear(String v) { endYear = v; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String v) { endTime = v; }
    public String getOfferDay() { return offerDay; }
    public void setOfferDay(String v) { offerDay = v; }
    public String getOfferMonth() { return offerMonth; }
    public void setOfferMonth(String v) { offerMonth = v; }
    public String getOfferYear() { return offerYear; }
    public void setOfferYear(String v) { offerYear = v; }
    public String getOfferTime() { return offerTime; }
    public void setOfferTime(String v) { offerTime = v; }
    public String getAccepted() { return accepted; }
    public void setAccepted(String v) { accepted = v; }
}
