package org.kindred.casework;

import java.util.List;

/** Tasks about children, set by workers and managers for a person or a team, and shown on My work. Audited. */
public interface Tasks {
    /** Sets a task (notifying whoever it is for); refused with field errors, changing nothing. */
    Task set(long childId, NewTask task);

    /** Marks a task done (by anyone it is for, or who set it). */
    Task done(long childId, long taskId);

    /** The child's tasks, open ones first. */
    List<Task> forChild(long childId);

    /** The child's open tasks, for a section of the child's page (not audited by itself: the page audits its view). */
    List<Task> openFor(long childId);

    /** The signed-in user's open tasks: set for them or for a team they belong to, soonest due first. */
    List<Task> mine();
}
