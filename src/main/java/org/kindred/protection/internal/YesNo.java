package org.kindred.protection.internal;

/** A yes/no answer as typed on a page ("yes"/"no") or sent by the API ("true"/"false"); null when neither. */
final class YesNo {
    private YesNo() {
    }

    static Boolean of(String text) {
        if (text == null) return null;
        switch (text.trim().toLowerCase()) {
            case "yes": case "true": return Boolean.TRUE;
            case "no": case "false": return Boolean.FALSE;
            default: return null;
        }
    }
}
