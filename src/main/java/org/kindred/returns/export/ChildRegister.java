package org.kindred.returns.export;

import java.util.Collection;
import java.util.Map;

/** Looks up the register's details of the children a return names (by register id as text). */
@FunctionalInterface
public interface ChildRegister {
    Map<String, RegisterChild> children(Collection<String> ids);
}
