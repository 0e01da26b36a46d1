package org.kindred.recognition;

import java.time.Instant;

/** How far a certificate build has got: nominees done of all, and the file's name once ready. */
public record CertificateBuild(String id, long windowId, String windowName, Certificates.Packing packing, Stage stage,
                               int done, int total, Instant started, String fileName, String failure) {
    public enum Stage { QUEUED, BUILDING, READY, FAILED }

    public int percent() { return total == 0 ? (stage == Stage.READY ? 100 : 0) : done * 100 / total; }
}
