package org.kindred.protection.web;

/** The protection forms as typed (a map of field to text); their dates are read with shared.DateInput. */
final class FormFields {
    private FormFields() {
    }

    static Long id(String text) {
        try {
            return blank(text) ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
