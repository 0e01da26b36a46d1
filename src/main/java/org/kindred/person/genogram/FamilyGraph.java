package org.kindred.person.genogram;

import java.time.LocalDate;
import java.util.List;

/**
 * The family to draw: people and the recorded relationships between them, as the register holds them.
 *
 * @param indexId the child the genogram is about (drawn with a double outline)
 */
public record FamilyGraph(long indexId, List<Member> members, List<Tie> ties) {

    /** A person in the family. {@code sex} is MALE, FEMALE or anything else (drawn as a diamond). */
    public record Member(long id, String name, String sex, LocalDate born, LocalDate died) {
        public boolean deceased() { return died != null; }
    }

    /** "{@code related} is the {@code kind} of {@code person}", kind a RelationshipKind name. */
    public record Tie(long person, long related, String kind) {
    }
}
