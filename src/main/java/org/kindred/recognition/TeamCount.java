package org.kindred.recognition;

/** A window's nominations for one team: how many, and how many colleagues they name. */
public record TeamCount(String team, long nominations, long nominees) {
}
