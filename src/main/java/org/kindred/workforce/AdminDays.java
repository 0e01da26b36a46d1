package org.kindred.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** A team's protected admin day (no visits booked on it), and the visit date Kindred suggests around it. */
public interface AdminDays {
    Optional<DayOfWeek> ofTeam(String team);

    /** The admin day of the user's team (their open employment record's team), if it has one. */
    Optional<DayOfWeek> ofUser(long userId);

    /** Sets or (day null) clears the team's admin day. */
    void set(String team, DayOfWeek day);

    /** The working day before a visit's due date that is not the admin day (day null: any working day). */
    LocalDate suggestedVisit(LocalDate due, DayOfWeek adminDay);
}
