package org.kindred.returns.validation;

/**
 * One DfE validation rule. Implementations are small classes named for the code
 * ({@code Rule1000}, {@code Rule8545Q}; a later version of the same code adds the year:
 * {@code Rule101v2024}), annotated with {@link RuleDefinition}, and stateless.
 */
public interface Rule {
    RuleResult validate(ReturnData data);

    default RuleDefinition definition() {
        RuleDefinition d = getClass().getAnnotation(RuleDefinition.class);
        if (d == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleDefinition");
        }
        return d;
    }
}
