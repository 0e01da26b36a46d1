package org.kindred.frontdoor.web;

import org.kindred.shared.DateInput;
import java.time.LocalDate;
import org.kindred.frontdoor.NewAssessment;
import org.kindred.shared.Problems;

/** The "Start the single assessment" form as typed. */
public class AssessmentForm {
    private String startDay;
    private String startMonth;
    private String startYear;
    private String worker;

    static AssessmentForm today(java.time.Clock clock) {
        AssessmentForm f = new AssessmentForm();
        LocalDate today = LocalDate.now(clock);
        f.startDay = Integer.toString(today.getDayOfMonth());
        f.startMonth = Integer.toString(today.getMonthValue());
        f.startYear = Integer.toString(today.getYear());
        return f;
    }

    /** The assessment, its start date read from the GOV.UK date input into {@code problems}. */
    NewAssessment toNewAssessment(Problems problems) {
        return new NewAssessment(new DateInput(startDay, startMonth, startYear).read(problems, "startDate", "Start date"),
                worker);
    }

    public String getStartDay() { return startDay; }
    public void setStartDay(String startDay) { this.startDay = startDay; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String startMonth) { this.startMonth = startMonth; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String startYear) { this.startYear = startYear; }
    public String getWorker() { return worker; }
    public void setWorker(String worker) { this.worker = worker; }
}
