package org.kindred.recruitment;

import java.time.LocalDate;

/** @param leader the username of the senior leader who contacts every applicant */
public record NewCampaign(String name, String leader, LocalDate opensOn, LocalDate closesOn) {
}
