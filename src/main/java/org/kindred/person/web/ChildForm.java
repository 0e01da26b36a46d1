package org.kindred.person.web;

import java.time.LocalDate;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;
import org.kindred.person.NewPerson;

/** The "Add a child" form exactly as typed, so that it can be shown again with the user's input kept. */
public class ChildForm {
    private String kind = "CHILD";
    private String givenNames;
    private String familyName;
    private String dobDay;
    private String dobMonth;
    private String dobYear;
    private String sex;
    private String ethnicity;
    private String nhsNumber;
    private String upn;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private boolean confirmedNew;

    /** The new person, its date read from the GOV.UK date input (an unborn child's is the expected date of birth). */
    NewPerson toNewPerson(Problems problems) {
        boolean unborn = "UNBORN".equals(kind);
        LocalDate date = new DateInput(dobDay, dobMonth, dobYear).read(problems, dateField(),
                unborn ? "Expected date of birth" : "Date of birth");
        return new NewPerson(kind, givenNames, familyName, unborn ? null : date, unborn ? date : null, sex, ethnicity,
                nhsNumber, upn, addressLine1, addressLine2, town, postcode);
    }

    /** The field the date box is checked as: the register needs one for a child or an unborn child, not an adult. */
    String dateField() { return "UNBORN".equals(kind) ? "expectedDateOfBirth" : "dateOfBirth"; }

    /** The dates the register accepts left out, so a mistyped one must not be recorded as blank. */
    String[] optionalDates() {
        return "CHILD".equals(kind) || "UNBORN".equals(kind) ? new String[0] : new String[] {dateField()};
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getDobDay() { return dobDay; }
    public void setDobDay(String dobDay) { this.dobDay = dobDay; }
    public String getDobMonth() { return dobMonth; }
    public void setDobMonth(String dobMonth) { this.dobMonth = dobMonth; }
    public String getDobYear() { return dobYear; }
    public void setDobYear(String dobYear) { this.dobYear = dobYear; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public boolean isConfirmedNew() { return confirmedNew; }
    public void setConfirmedNew(boolean confirmedNew) { this.confirmedNew = confirmedNew; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
}
