package org.kindred.recognition.internal;

import org.kindred.recognition.Certificates.Packing;
import org.kindred.recognition.NominationWindow;

/** File names made only of letters, digits and dashes: safe in a download header and in a zip. */
final class CertificateFiles {
    private CertificateFiles() {
    }

    static String fileName(NominationWindow window, Packing packing) {
        return "certificates-" + slug(window.name()) + (packing == Packing.ZIP ? ".zip" : ".pdf");
    }

    static String entryName(NomineeNominations nominee, int n) {
        return String.format("%04d-%s.pdf", n, slug(nominee.name()));
    }

    static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "window" : s;
    }
}
