package org.kindred.recruitment;

/** @param fte as typed, for example 1 or 0.6 */
public record NewVacancy(String team, String role, String fte) {
}
