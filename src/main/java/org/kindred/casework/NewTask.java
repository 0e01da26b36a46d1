package org.kindred.casework;

/**
 * A task as typed.
 *
 * @param assignee "user:ID" for a person or "team:ID" for a team
 * @param due ISO yyyy-mm-dd, not in the past
 */
public record NewTask(String title, String details, String assignee, String due) {
}
