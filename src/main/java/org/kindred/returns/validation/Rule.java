package org.kindred.returns.validation;

/**
 * One DfE validation rule. Implementations are small classes named for the code ({@code Rule1000},
 * {@code Rule8545Q}), listed in their return's {@link RuleCatalogue} once per version of the code, and stateless. A class
 * that carries several versions (or a family of codes that differ only in constants) extends {@link RuleVersion}
 * and reads what differs from the definition it was made with.
 */
public interface Rule {

    /**
     * Runs the rule, or skips it when the return lacks a table the rule declares: the rule itself
     * ({@link #check}) never has to look for its tables.
     */
    default RuleResult validate(ReturnData data) {
        String missing = RequiredTables.missing(definition(), data);
        return missing != null ? RuleResult.skipped(missing) : check(data);
    }

    /** The rule over a return that has every table it declares. */
    RuleResult check(ReturnData data);

    /** This rule's entry in its return's {@link RuleCatalogue}. */
    default RuleDefinition definition() {
        return RuleCatalogue.onlyDefinitionOf(getClass());
    }
}
