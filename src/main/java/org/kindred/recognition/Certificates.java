package org.kindred.recognition;

import java.util.Optional;

/**
 * Every nominee's certificate with their nominations' messages, made off the request thread from the celebration on:
 * one PDF with a page per nominee, or a zip of one PDF per nominee.
 */
public interface Certificates {
    enum Packing { ONE_PDF, ZIP }

    CertificateBuild start(long windowId, Packing packing);

    Optional<CertificateBuild> find(String buildId);

    /** The finished file of a build that is ready. */
    byte[] file(CertificateBuild build);
}
