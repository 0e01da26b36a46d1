package org.kindred.returns.validation;

/** The DfE distinguishes errors, which must be fixed, from queries, which must be checked and explained. */
public enum RuleType { ERROR, QUERY }
