package org.kindred.person.matching.cli;

/** A row that cannot be read as a person; the reader reports it with file and line and skips it. */
final class MalformedRowException extends RuntimeException {

    MalformedRowException(String reason) {
        super(reason);
    }
}
