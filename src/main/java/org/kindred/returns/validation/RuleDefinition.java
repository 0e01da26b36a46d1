package org.kindred.returns.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identity of one version of a DfE validation rule, as the rule catalogue in
 * {@code shared/conformance/<return>/rule_catalogue.json} gives it. A test checks every annotated
 * class against the catalogue, so a message or year range cannot drift from it. A class may carry several
 * (see {@link RuleVersion}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(RuleDefinitions.class)
public @interface RuleDefinition {
    /** The DfE code, e.g. "1000" or "8545Q". */
    String code();

    /** The rule set folder this version lives in upstream, e.g. "lac2022_23" or "cin2024_25". */
    String ruleset();

    String message();

    /** Collection years in force, e.g. {"2022/23", "2023/24"}. */
    String[] years();

    /**
     * Tables the rule reads, as the catalogue names them; the engine skips the rule when one is absent (see
     * {@link RequiredTables}).
     */
    String[] tables();

    /** Declared tables the rule can run without (it reads them when they are there). */
    String[] optionalTables() default {};

    String[] fields() default {};

    RuleType type() default RuleType.ERROR;
}
