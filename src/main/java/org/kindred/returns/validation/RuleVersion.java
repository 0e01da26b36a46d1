package org.kindred.returns.validation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A rule class with more than one {@link RuleCatalogue} entry: the years of one code whose versions differ only
 * in data, or a family of codes that differ only in constants. The registry makes one instance per definition;
 * the class reads what differs (a code list, a table name) from {@link #definition()}.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class RuleVersion implements Rule {
    private final RuleDefinition definition;

    @Override
    public final RuleDefinition definition() { return definition; }

    /** The code's version for the upstream rule set folder, for a class's own constants ({@code "lac2024_25"}). */
    protected final String ruleset() { return definition.ruleset(); }

    protected final String code() { return definition.code(); }
}
