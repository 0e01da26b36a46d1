package org.kindred.care.web;

import org.kindred.care.CareDetails.NewCheck;

/** A health assessment, dental check, PEP or pathway plan held on a day, as typed on the care page. */
public class CheckForm extends HeldForm {
    private String kind;

    NewCheck toNewCheck() { return new NewCheck(kind, date()); }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
}
