package org.kindred.shared.work;

/**
 * Something a worker did now waits for a team manager's authorisation (a front-door decision, an assessment's
 * conclusion), published in the same transaction; the managers of the worker's teams are told.
 *
 * @param childId the child in the person register
 * @param requestedBy the user id of the worker whose step waits
 * @param what what waits, in a manager's words
 * @param link the page where it is authorised
 */
public record AwaitingAuthorisation(long childId, long requestedBy, String what, String link) {
}
