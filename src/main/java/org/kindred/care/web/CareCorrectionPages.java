package org.kindred.care.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.care.CareRecord;
import org.kindred.care.CareRecords;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.care.Correction;
import org.kindred.care.MissingEpisode;
import org.kindred.care.RecordedCareEvent;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a recorded care event (withdrawn, or replaced by the event as it should have been, with the reason), and
 * recording a missing child's return and the return home interview on an episode already recorded. The care record's
 * commands check, audit and keep the earlier version; the event fields' errors are "event-<field>", the episode's
 * "missing-<field>", as on the care page.
 */
@Controller
class CareCorrectionPages {
    private final CareRecords care;

    CareCorrectionPages(CareRecords care) { this.care = care; }

    @GetMapping("/children/{id}/care/events/{eventId}/correction")
    @CanRecordCare
    String correctionForm(@PathVariable long id, @PathVariable long eventId, Model model) {
        CareRecord record = care.find(id);
        RecordedCareEvent recorded = event(record, eventId);
        return correction(record, recorded, CareEventForm.of(recorded.event()), null, "replace", Map.of(), model);
    }

    @PostMapping("/children/{id}/care/events/{eventId}/correction")
    @CanRecordCare
    String correct(@PathVariable long id, @PathVariable long eventId, @ModelAttribute("event") CareEventForm form,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String action,
                   Model model, RedirectAttributes r) {
        try {
            if (!"replace".equals(action) && !"withdraw".equals(action)) {
                throw InvalidInput.of("action", "Choose whether to replace the event or withdraw it");
            }
            care.correct(id, eventId, new Correction(reason, "withdraw".equals(action) ? null : form.toNewCareEvent()));
            r.addFlashAttribute("done", "Event corrected");
            return "redirect:/children/" + id + "/care";
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((field, message) ->
                    errors.put(field.equals("reason") || field.equals("action") ? field : "event-" + field, message));
            CareRecord record = care.find(id);
            return correction(record, event(record, eventId), form, reason, action, errors, model);
        }
    }

    @GetMapping("/children/{id}/care/missing/{missingId}")
    @CanRecordCare
    String returnForm(@PathVariable long id, @PathVariable long missingId, Model model) {
        CareRecord record = care.find(id);
        MissingEpisode episode = episode(record, missingId);
        return missingReturn(record, episode, MissingForm.of(episode), Map.of(), model);
    }

    @PostMapping("/children/{id}/care/missing/{missingId}")
    @CanRecordCare
    String recordReturn(@PathVariable long id, @PathVariable long missingId, @ModelAttribute("missing") MissingForm form,
                        Model model, RedirectAttributes r) {
        try {
            care.updateMissing(id, missingId, form.toNewMissingEpisode());
            r.addFlashAttribute("done", "Missing episode updated");
            return "redirect:/children/" + id + "/care";
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((field, message) -> errors.put("missing-" + field, message));
            CareRecord record = care.find(id);
            return missingReturn(record, episode(record, missingId), form, errors, model);
        }
    }

    private static String correction(CareRecord record, RecordedCareEvent recorded, CareEventForm form, String reason,
                                     String action, Map<String, String> errors, Model model) {
        model.addAttribute("care", record);
        model.addAttribute("recorded", recorded);
        model.addAttribute("event", form);
        model.addAttribute("reason", reason);
        model.addAttribute("action", action);
        model.addAttribute("errors", errors);
        EventCodes.addTo(model);
        return "care/correction";
    }

    private static String missingReturn(CareRecord record, MissingEpisode episode, MissingForm form,
                                        Map<String, String> errors, Model model) {
        model.addAttribute("care", record);
        model.addAttribute("episode", episode);
        model.addAttribute("missing", form);
        model.addAttribute("errors", errors);
        return "care/missing-return";
    }

    private static RecordedCareEvent event(CareRecord record, long eventId) {
        return record.events().stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> new NotFound("Care event"));
    }

    private static MissingEpisode episode(CareRecord record, long missingId) {
        return record.missing().stream().filter(m -> m.id() == missingId).findFirst()
                .orElseThrow(() -> new NotFound("Missing episode"));
    }
}
