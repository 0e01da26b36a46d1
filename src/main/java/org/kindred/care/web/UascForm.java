package org.kindred.care.web;

import org.kindred.care.CareDetails.NewUasc;

/** UASC details as typed on the care page: since when, and the date the child's age was confirmed (DUC). */
public class UascForm extends HeldForm {
    private String ducDay;
    private String ducMonth;
    private String ducYear;

    NewUasc toNewUasc() {
        return new NewUasc(DateParts.date(getDay(), getMonth(), getYear(), "from"),
                DateParts.date(ducDay, ducMonth, ducYear, "duc"));
    }

    public String getDucDay() { return ducDay; }
    public void setDucDay(String ducDay) { this.ducDay = ducDay; }
    public String getDucMonth() { return ducMonth; }
    public void setDucMonth(String ducMonth) { this.ducMonth = ducMonth; }
    public String getDucYear() { return ducYear; }
    public void setDucYear(String ducYear) { this.ducYear = ducYear; }
}
