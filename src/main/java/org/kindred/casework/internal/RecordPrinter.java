package org.kindred.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CurrentUser;
import org.kindred.access.StaffNames;
import org.kindred.casework.CaseNotes;
import org.kindred.casework.RecordPrint;
import org.kindred.chronology.Chronology;
import org.kindred.chronology.ChronologyItem;
import org.kindred.person.People;
import org.kindred.protection.CinPlans;
import org.kindred.protection.ProtectionPlans;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.pdf.HtmlPdf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Gathers the child's record from the owning modules' public APIs (register, plans, chronology, notes), renders it
 * with the template casework/record-pdf, and audits the print once with its range.
 */
@Service
class RecordPrinter implements RecordPrint {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");
    private final People people;
    private final ProtectionPlans cpPlans;
    private final CinPlans cinPlans;
    private final Chronology chronology;
    private final CaseNotes notes;
    private final ITemplateEngine templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StaffNames staffNames;

    RecordPrinter(People people, ProtectionPlans cpPlans, CinPlans cinPlans, Chronology chronology, CaseNotes notes,
                  ITemplateEngine templates, ApplicationEventPublisher events, StaffNames staffNames,
                  Optional<Clock> clock) {
        this.staffNames = staffNames;
        this.people = people;
        this.cpPlans = cpPlans;
        this.cinPlans = cinPlans;
        this.chronology = chronology;
        this.notes = notes;
        this.templates = templates;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    @CanReadCases
    public byte[] pdf(long childId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInput.of("from", "The start of the range must be on or before its end");
        }
        var child = people.find(childId).orElseThrow(() -> new NotFound("Child"));
        Instant start = from.atStartOfDay(NoteCheck.UK).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(NoteCheck.UK).toInstant();
        List<ChronologyItem> entries = chronology.forChild(childId, "").stream()
                .filter(e -> !e.occurredAt().isBefore(start) && e.occurredAt().isBefore(end)).toList();
        CurrentUser viewer = CurrentUser.get();
        Context context = new Context(java.util.Locale.UK, Map.of(
                "child", child, "from", from, "to", to,
                "cpPlans", cpPlans.forChild(childId), "cinPlans", cinPlans.forChild(childId),
                "entries", entries, "notes", notes.between(childId, start, end),
                "printedBy", viewer.displayName() + " (" + viewer.username() + ")",
                "printedAt", WHEN.format(ZonedDateTime.ofInstant(clock.instant(), NoteCheck.UK)),
                "staffNames", staffNames));
        byte[] pdf = HtmlPdf.render(templates.process("casework/record-pdf", context));
        events.publishEvent(new AuditableAction("PRINT", "child_record", Long.toString(childId),
                "PDF from " + from + " to " + to + ", " + pdf.length + " bytes"));
        return pdf;
    }
}
