package org.kindred.casework;

/**
 * A document as uploaded.
 *
 * @param type a {@link DocumentType} name
 * @param fileName the name the browser gave (sanitised before it is stored)
 * @param content the bytes; empty is refused
 */
public record DocumentUpload(String type, String title, String fileName, byte[] content) {
}
