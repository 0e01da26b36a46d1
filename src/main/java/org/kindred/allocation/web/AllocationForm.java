package org.kindred.allocation.web;

import org.kindred.shared.DateInput;
import java.time.LocalDate;
import org.kindred.allocation.NewAllocation;

/** The allocation form as typed; the start date comes from the three GOV.UK date inputs. */
public class AllocationForm {
    private String workerId;
    private String startDay;
    private String startMonth;
    private String startYear;
    private String reason;

    static AllocationForm startingOn(LocalDate date) {
        AllocationForm f = new AllocationForm();
        f.startDay = Integer.toString(date.getDayOfMonth());
        f.startMonth = Integer.toString(date.getMonthValue());
        f.startYear = Integer.toString(date.getYear());
        return f;
    }

    NewAllocation toNewAllocation() {
        return new NewAllocation(worker(), startDate(), reason);
    }

    private Long worker() {
        if (blank(workerId)) {
            return null;
        }
        try {
            return Long.parseLong(workerId.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private String startDate() { return new DateInput(startDay, startMonth, startYear).isoText(); }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    public String getWorkerId() { return workerId; }
    public void setWorkerId(String workerId) { this.workerId = workerId; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String startDay) { this.startDay = startDay; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String startMonth) { this.startMonth = startMonth; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String startYear) { this.startYear = startYear; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
