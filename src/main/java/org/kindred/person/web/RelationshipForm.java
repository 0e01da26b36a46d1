package org.kindred.person.web;

import org.kindred.person.NewRelationship;

/** The "add a relationship" form as typed, kept on error. */
record RelationshipForm(String relatedId, String kind) {

    static RelationshipForm empty() { return new RelationshipForm(null, null); }

    NewRelationship toNewRelationship() { return new NewRelationship(relatedId, kind); }
}
