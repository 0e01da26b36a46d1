package org.kindred.shared;

/** A record that does not exist, or that the user may not know exists: both answer 404. */
public class NotFound extends RuntimeException {
    public NotFound(String what) { super(what + " not found"); }
}
