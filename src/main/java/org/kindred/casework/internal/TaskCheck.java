package org.kindred.casework.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.casework.NewTask;
import org.kindred.shared.InvalidInput;

/** The checks on a new task: a title, someone or a team to do it, and a due date from today on. */
final class TaskCheck {
    record Valid(String title, String details, Long userId, Long teamId, LocalDate due) {
    }

    private TaskCheck() {
    }

    static Valid validate(NewTask in, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = in.title() == null ? "" : in.title().strip();
        if (title.isEmpty()) errors.put("title", "Enter what needs doing");
        else if (title.length() > 200) errors.put("title", "What needs doing must be 200 characters or fewer");
        String details = in.details() == null ? "" : in.details().strip();
        if (details.length() > 5000) errors.put("details", "The details must be 5,000 characters or fewer");
        Long user = id(in.assignee(), "user:");
        Long team = id(in.assignee(), "team:");
        if (user == null && team == null) errors.put("assignee", "Select who the task is for");
        LocalDate due = in.due();
        if (due == null) errors.put("due", "Enter the date the task is due");
        else if (due.isBefore(today)) errors.put("due", "The due date must be today or in the future");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        return new Valid(title, details, user, team, due);
    }

    private static Long id(String assignee, String prefix) {
        if (assignee == null || !assignee.startsWith(prefix)) return null;
        try {
            return Long.parseLong(assignee.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
