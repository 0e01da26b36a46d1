package org.kindred.care.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.care.CareEvent;

/** One synthetic child's care story, as the generator made it, ready to insert. */
@RequiredArgsConstructor
final class DemoChild {
    final long id;
    final LocalDate dob;
    final List<CareEvent> events = new ArrayList<>();
    final List<LocalDate[]> reviews = new ArrayList<>();
    final List<String> participation = new ArrayList<>();
    final List<LocalDate> visits = new ArrayList<>();
    final List<Object[]> checks = new ArrayList<>();
    final List<Instant[]> missing = new ArrayList<>();
    final List<Boolean> rhiAccepted = new ArrayList<>();
    final List<Object[]> swEpisodes = new ArrayList<>();
    LocalDate uascFrom;
    LocalDate familyContact;
    final List<Object[]> outcomes = new ArrayList<>();
    Object[] leaverOutcome;
    Object[] adoption;
    Object[] decision;
    String adviser;
    LocalDate adviserFrom;
    String prevPerm = "Z1";
    LocalDate permDate;
    String laPerm;

    void check(String kind, LocalDate on) { checks.add(new Object[] {kind, on}); }
}
