package org.kindred.person;

import java.util.List;

/** One page of a list of people, with the total the user may see. */
public record PersonPage(List<Person> people, int page, int size, long total) {

    public int pages() { return (int) Math.max(1, (total + size - 1) / size); }
}
