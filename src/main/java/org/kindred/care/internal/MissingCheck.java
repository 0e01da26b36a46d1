package org.kindred.care.internal;

import java.time.Instant;
import org.kindred.care.NewMissingEpisode;
import org.kindred.shared.Problems;

/** Checks a missing episode: when it started, when it ended (if it has), and the return home interview offer. */
final class MissingCheck {
    private MissingCheck() {
    }

    /** @return the SSDA903 MISSING code, M or A */
    static String validate(NewMissingEpisode in, Instant now, Problems p) {
        String kind = in.kind() == null || in.kind().isBlank() ? "M" : in.kind().trim().toUpperCase();
        if (!kind.equals("M") && !kind.equals("A")) p.add("kind", "Select missing (M) or away without authorisation (A)");
        if (in.startedAt() == null) p.add("startedAt", "Enter when the child went missing");
        else if (in.startedAt().isAfter(now)) p.add("startedAt", "The start must be in the past");
        if (in.endedAt() != null) {
            if (in.endedAt().isAfter(now)) p.add("endedAt", "The end must be in the past");
            else if (in.startedAt() != null && in.endedAt().isBefore(in.startedAt())) {
                p.add("endedAt", "The end must be after the start");
            }
        }
        if (in.rhiOfferedAt() != null && in.endedAt() == null) {
            p.add("rhiOfferedAt", "A return home interview is offered after the child has returned");
        } else if (in.rhiOfferedAt() != null && in.rhiOfferedAt().isBefore(in.endedAt())) {
            p.add("rhiOfferedAt", "The offer must be after the child returned");
        }
        if (in.rhiAccepted() != null && in.rhiOfferedAt() == null) p.add("rhiAccepted", "Record when the interview was offered");
        return kind;
    }
}
