package org.kindred.shared.childpage;

import java.util.List;

/**
 * What one module tells the child's page: facts for the status panel at the top, alerts, key professionals, and
 * optionally a section of its own drawn by its fragment.
 *
 * @param order where the section goes, lower first (status facts keep the same order)
 * @param fragment a Thymeleaf fragment taking one argument, e.g. {@code "chronology/part :: recent(${model})"} is
 *                 named as {@code "chronology/part :: recent"}; null for no section
 * @param model what the fragment draws
 */
public record ChildPagePart(int order, List<ChildFact> status, List<ChildFact> alerts, List<ChildFact> professionals,
                            String fragment, Object model) {

    public static ChildPagePart facts(int order, List<ChildFact> status, List<ChildFact> alerts,
                                      List<ChildFact> professionals) {
        return new ChildPagePart(order, status, alerts, professionals, null, null);
    }

    public static ChildPagePart section(int order, String fragment, Object model) {
        return new ChildPagePart(order, List.of(), List.of(), List.of(), fragment, model);
    }

    public boolean hasSection() { return fragment != null; }
}
