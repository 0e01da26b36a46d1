package org.kindred.fostering;

/** One need weighed for one household: met or not, in words a worker can check. */
public record Reason(String need, boolean met, String detail) {
}
