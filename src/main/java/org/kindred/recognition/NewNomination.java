package org.kindred.recognition;

/**
 * A nomination as typed.
 *
 * @param windowId the open window (null: the one open today)
 * @param nominee the colleague's username
 * @param category a {@link Category} name, or blank
 * @param message the reason, plain text
 */
public record NewNomination(Long windowId, String nominee, String category, String message) {
}
