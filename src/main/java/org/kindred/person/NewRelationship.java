package org.kindred.person;

/** "{@code relatedId} is the {@code kind} of this person", as typed (kind is a {@link RelationshipKind} name). */
public record NewRelationship(String relatedId, String kind) {
}
