package org.kindred.returns.csww;

import java.time.Clock;
import java.util.Optional;
import org.kindred.returns.ReturnsRoles.CanRunReturns;
import org.kindred.workforce.CensusFacts;
import org.kindred.workforce.CensusYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Builds and checks the workforce census for a year from workforce's facts. */
@Service
public class CswwCensus {
    private final CensusFacts facts;
    private final String laCode;
    private final Clock clock;

    CswwCensus(CensusFacts facts, @Value("${kindred.returns.la-code:925}") String laCode, Optional<Clock> clock) {
        this.facts = facts;
        this.laCode = laCode;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @CanRunReturns
    public CswwReturn build(int year) {
        return build(facts.census(new CensusYear(year)));
    }

    /** The census from given facts (tests break one field here). */
    public CswwReturn build(CensusFacts.Census census) {
        return check(census, laCode, clock.instant());
    }

    /** The census XML from given facts, checked against the schema and the guide. */
    public static CswwReturn check(CensusFacts.Census census, String laCode, java.time.Instant now) {
        CswwXml xml = CswwXml.of(census, laCode, now);
        return CswwReturn.of(census.year().year(), xml, CswwSchema.validate(xml), CswwChecks.check(census));
    }
}
