package org.kindred.frontdoor;

import java.util.List;

/**
 * One page of the front-door queue: urgent first, then by when the decision falls due.
 *
 * @param total open contacts in the whole queue; {@code urgent} how many of them are urgent
 * @param page numbered from 1
 */
public record QueuePage(List<Contact> contacts, long total, long urgent, int page, int pages) {
    public static final int SIZE = 50;

    public boolean hasPrevious() { return page > 1; }

    public boolean hasNext() { return page < pages; }
}
