package org.kindred.workforce;

import java.math.BigDecimal;

/** A team's establishment: the social work posts it is funded for, in FTE. */
public record Post(String team, BigDecimal establishmentFte) {
}
