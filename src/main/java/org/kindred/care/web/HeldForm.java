package org.kindred.care.web;

import java.time.LocalDate;

/** A form with one GOV.UK date input named "date" (when a review was held, a visit made, an event happened). */
public class HeldForm {
    private String day;
    private String month;
    private String year;

    LocalDate date() { return DateParts.date(day, month, year, "date"); }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
