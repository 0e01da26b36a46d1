package org.kindred.person;

import java.util.List;

/** The family around one person, each part derived from the register when asked. */
public record Family(List<Relative> relationships, List<Relative> household, List<Relative> siblings) {
}
