package org.kindred.casework.internal;

/** A task was set (inside this module: the notifications listen). */
record TaskSet(long taskId, long childId, String title, Long userId, Long teamId, long setBy) {
}
