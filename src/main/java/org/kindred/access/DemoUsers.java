package org.kindred.access;

/** The demo users, one per role, created only in demo mode. */
public interface DemoUsers {
    /** The password every demo user has: stated in the README, and never valid outside demo mode. */
    String PASSWORD = "kindred-demo-2026";

    /** Creates the demo teams and users that do not exist yet; returns how many users were created. */
    int ensure();
}
