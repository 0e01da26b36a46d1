package org.kindred.returns.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of a {@link RuleVersion} class's several {@link RuleDefinition}s. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinitions {
    RuleDefinition[] value();
}
