package org.kindred.care;

import java.time.Instant;
import org.kindred.care.ReturnHomeInterviewDue.RhiClock;

/** A recorded missing episode with the 72-hour return home interview clock as it stands now. */
public record MissingEpisode(long id, long childId, String kind, Instant startedAt, Instant endedAt,
                             Instant rhiOfferedAt, Boolean rhiAccepted, Instant rhiDue, RhiClock rhiClock) {

    public static MissingEpisode of(long id, long childId, String kind, Instant started, Instant ended,
                                    Instant offered, Boolean accepted, Instant now) {
        return new MissingEpisode(id, childId, kind, started, ended, offered, accepted,
                ended == null ? null : ReturnHomeInterviewDue.from(ended),
                ReturnHomeInterviewDue.clock(ended, offered, now));
    }
}
