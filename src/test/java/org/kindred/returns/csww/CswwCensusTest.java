package org.kindred.returns.csww;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.workforce.CensusFacts;
import org.kindred.workforce.CensusYear;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffRole;

/** The census XML against the DfE's 2022 schema (shipped in the jar) and the guide's checks. */
class CswwCensusTest {
    static final Instant NOW = Instant.parse("2026-10-15T09:00:00Z");

    static CensusFacts.Worker inPost(long id, String name, String swe, String fte) {
        return new CensusFacts.Worker(id, name, false, swe, new BigDecimal(fte), "Open University",
                StaffRole.SOCIAL_WORKER, LocalDate.of(2020, 3, 2), null, null, new BigDecimal(fte), 14,
                new BigDecimal("3.5"));
    }

    static CensusFacts.Census census(List<CensusFacts.Worker> workers) {
        return new CensusFacts.Census(new CensusYear(2026), new BigDecimal("4.50"), new BigDecimal("2.00"), 2, workers);
    }

    static List<CensusFacts.Worker> good() {
        List<CensusFacts.Worker> w = new ArrayList<>();
        w.add(inPost(1, "Amira Khan", "SW0000012345", "1.000000"));
        w.add(inPost(2, "Ben Jones", "SW0000012346", "0.6"));
        w.add(new CensusFacts.Worker(3, "Chloe Smith", false, "SW0000012347", BigDecimal.ONE, "University of Kent",
                StaffRole.TEAM_MANAGER, LocalDate.of(2018, 1, 8), LocalDate.of(2026, 3, 31), LeavingReason.RETIRED,
                null, null, BigDecimal.ZERO));
        w.add(new CensusFacts.Worker(4, "Dev Patel", true, "SW0000012348", BigDecimal.ONE, "University of York",
                StaffRole.ASYE, LocalDate.of(2026, 2, 1), null, null, BigDecimal.ONE, 9, null));
        return w;
    }

    @Test
    void aGoodCensusPassesTheSchemaAndTheGuide() {
        CswwReturn r = CswwCensus.check(census(good()), "925", NOW);
        assertThat(r.problems()).isEmpty();
        assertThat(r.xml()).contains("<LEA>925</LEA>", "<RoleEndDate>2026-03-31</RoleEndDate>", "<ReasonLeave>5</ReasonLeave>",
                "<OrgRole>3</OrgRole>", "<CFKSSstatus>1</CFKSSstatus>", "<AgencyWorker>1</AgencyWorker>");
    }

    @Test
    void aBrokenRegistrationNumberIsNamedWithItsWorkerAndField() {
        List<CensusFacts.Worker> w = good();
        w.set(1, inPost(2, "Ben Jones", "SW12", "0.6"));
        CswwReturn r = CswwCensus.check(census(w), "925", NOW);
        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).hasSize(1);
        CswwProblem p = r.problems().get(0);
        assertThat(p.worker()).contains("Ben Jones");
        assertThat(p.field()).isEqualTo("SWENo");
    }

    @Test
    void anFteAboveOneBreaksTheSchemaAtThatField() {
        List<CensusFacts.Worker> w = good();
        w.set(0, inPost(1, "Amira Khan", "SW0000012345", "1.2"));
        CswwReturn r = CswwCensus.check(census(w), "925", NOW);
        assertThat(r.problems()).extracting(CswwProblem::field).contains("FTE", "FTE30");
        assertThat(r.problems()).allMatch(p -> p.worker().contains("Amira Khan"));
    }

    @Test
    void theGuidesChecksNameTheirFieldToo() {
        List<CensusFacts.Worker> w = good();
        w.set(0, new CensusFacts.Worker(1, "Amira Khan", false, "SW0000012346", BigDecimal.ONE, null,
                StaffRole.SOCIAL_WORKER, LocalDate.of(2020, 3, 2), null, null, BigDecimal.ONE, 10, BigDecimal.ZERO));
        CswwReturn r = CswwCensus.check(census(w), "925", NOW);
        assertThat(r.problems()).extracting(CswwProblem::toString)
                .anyMatch(s -> s.contains("Amira Khan") && s.contains("QualInst"))
                .anyMatch(s -> s.contains("Amira Khan") && s.contains("SWENo") && s.contains("Ben Jones"));
    }

    @Test
    void anUnknownLaNumberBreaksTheHeader() {
        CswwReturn r = CswwCensus.check(census(good()), "92", NOW);
        assertThat(r.problems()).extracting(CswwProblem::field).containsExactly("LEA");
    }
}
