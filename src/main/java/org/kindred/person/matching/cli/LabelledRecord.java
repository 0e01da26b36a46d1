package org.kindred.person.matching.cli;

import org.kindred.person.matching.PersonRecord;

/** A person read from a file, with the entity it truly belongs to when the file knows (else null). */
record LabelledRecord(PersonRecord person, String entity) {
}
