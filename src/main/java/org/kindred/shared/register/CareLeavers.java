package org.kindred.shared.register;

import java.util.Set;

/**
 * The people the care module supports as care leavers: the Children list shows them up to 25 (Children (Leaving
 * Care) Act 2000 and the Children and Social Work Act 2017's extension of personal adviser support to 25), beside
 * everyone under 18.
 */
public interface CareLeavers {
    Set<Long> ids();
}
