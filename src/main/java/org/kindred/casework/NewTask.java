package org.kindred.casework;

import java.time.LocalDate;

/**
 * A task as typed.
 *
 * @param assignee "user:ID" for a person or "team:ID" for a team
 * @param due not in the past
 */
public record NewTask(String title, String details, String assignee, LocalDate due) {
}
