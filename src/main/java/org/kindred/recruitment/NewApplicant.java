package org.kindred.recruitment;

/** @param appliedOn ISO yyyy-mm-dd, or blank for today; @param vacancyId optional */
public record NewApplicant(String name, String email, Long vacancyId, String appliedOn) {
}
