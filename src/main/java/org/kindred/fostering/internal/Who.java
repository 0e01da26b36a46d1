package org.kindred.fostering.internal;

import org.kindred.access.CurrentUser;

/** The username to record, or "public" for the public enquiry page. */
final class Who {
    private Who() {
    }

    static String am() { return CurrentUser.find().map(CurrentUser::username).orElse("public"); }
}
