package org.kindred.care.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.kindred.care.MissingEpisode;
import org.kindred.care.NewMissingEpisode;
import org.kindred.shared.time.UkTime;

/** The missing episode form: when the child went missing and came back, and the return home interview offer. */
public class MissingForm {
    private String kind = "M";
    private String startDay, startMonth, startYear, startTime;
    private String endDay, endMonth, endYear, endTime;
    private String offerDay, offerMonth, offerYear, offerTime;
    private String accepted;

    /** The form filled with a recorded episode, to record the return or the interview offer on it. */
    static MissingForm of(MissingEpisode m) {
        MissingForm f = new MissingForm();
        f.kind = m.kind();
        String[] start = parts(m.startedAt()), end = parts(m.endedAt()), offer = parts(m.rhiOfferedAt());
        f.startDay = start[0]; f.startMonth = start[1]; f.startYear = start[2]; f.startTime = start[3];
        f.endDay = end[0]; f.endMonth = end[1]; f.endYear = end[2]; f.endTime = end[3];
        f.offerDay = offer[0]; f.offerMonth = offer[1]; f.offerYear = offer[2]; f.offerTime = offer[3];
        f.accepted = m.rhiAccepted() == null ? null : m.rhiAccepted() ? "yes" : "no";
        return f;
    }

    /** Day, month, year and 24-hour time in UK time; blanks for no moment. */
    private static String[] parts(Instant at) {
        if (at == null) return new String[4];
        ZonedDateTime t = at.atZone(UkTime.ZONE);
        return new String[] {Integer.toString(t.getDayOfMonth()), Integer.toString(t.getMonthValue()),
            Integer.toString(t.getYear()), t.format(DateTimeFormatter.ofPattern("HH:mm"))};
    }

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
