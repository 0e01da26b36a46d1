package org.kindred.recruitment;

/** @param stage a {@link Stage} name; @param on ISO yyyy-mm-dd, or blank for today; @param reason when withdrawn */
public record ApplicantStep(String stage, String on, String reason) {
}
