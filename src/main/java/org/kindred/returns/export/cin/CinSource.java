package org.kindred.returns.export.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.FrontDoorFacts.ReferralMade;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.frontdoor.ReferralDates;
import org.kindred.protection.ProtectionFacts;
import org.kindred.returns.export.ReturnSource;
import org.kindred.returns.export.cin.UnderReferral.Pending;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CIN census tables for a collection year (1 April to 31 March) from the front door's and protection's facts,
 * one query per table; each table is one mapping class. The children's identifiers and characteristics come from
 * the register when the XML is written.
 */
@Component
@RequiredArgsConstructor
class CinSource implements ReturnSource {
    private final FrontDoorFacts frontDoor;
    private final ProtectionFacts protection;
    private final ReferralDates.Reader referrals;

    @Override
    public ReturnKind kind() { return ReturnKind.CIN; }

    @Override
    @Transactional
    public void fill(int year, Rows rows) {
        LocalDate start = CollectionYears.start(year);
        LocalDate end = CollectionYears.end(year);
        List<ReferralMade> open = frontDoor.referralsOpenIn(start, end);
        CinDetailsRows.add(open, end, rows);
        AssessmentRows.add(open, start, end, rows);
        List<Pending> pending = new ArrayList<>();
        Section47Rows.add(protection.section47s(start, end), end, pending);
        ProtectionPlanRows.add(protection.protectionPlans(start, end), end, pending);
        CinPlanRows.add(protection.cinPlans(start, end), end, pending);
        UnderReferral.add(pending, referrals, rows);
    }
}
