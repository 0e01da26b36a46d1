package org.kindred.care.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.shared.time.UkTime;
import org.kindred.support.Api;
import org.kindred.support.TestClock;
import org.springframework.mock.web.MockHttpServletResponse;

/** Correcting a care event and recording a missing child's return and return home interview, on pages. */
class CareCorrectionPagesIT extends CarePageSupport {
    @Test
    void aPlacementChangeOnTheWrongDayIsCorrectedAndTheEarlierVersionKept() throws Exception {
        long id = child("Correctionpage", TODAY.minusYears(9));
        cameIntoCare(id, TODAY.minusMonths(6));
        String record = postJson("/api/v1/care/" + id + "/events", """
                {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"U3","placementProvider":"PR1",
                 "placementChangeReason":"CARPL"}""".formatted(TODAY.minusDays(30)));
        long wrong = Api.JSON.readTree(record).get("events").get(1).get("id").asLong();
        String base = "/children/" + id + "/care";
        String form = base + "/events/" + wrong + "/correction";
        assertThat(page(base).getContentAsString()).contains("href=\"" + form + "\"");
        assertThat(page(form).getContentAsString()).contains("value=\"U3\" selected", "value=\"CARPL\" selected",
                "value=\"" + TODAY.minusDays(30).getDayOfMonth() + "\"");

        String[] fixed = join(new String[] {"action", "replace", "kind", "PLACEMENT_CHANGE", "placementType", "U3",
            "placementProvider", "PR1", "placementChangeReason", "CARPL"}, dayMonthYear(TODAY.minusDays(20)));
        MockHttpServletResponse noReason = submit(form, join(fixed, new String[] {"reason", " "}));
        assertThat(noReason.getContentAsString()).contains("Enter why the event is being corrected", "href=\"#reason\"",
                "value=\"" + TODAY.minusDays(20).getDayOfMonth() + "\"");
        assertThat(audits("CORRECT", "care_event")).isZero();

        assertThat(submit(form, join(fixed, new String[] {"reason", "Wrong date"})).getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("CORRECT", "care_event")).isEqualTo(1);
        assertThat(jdbc.sql("select deleted_reason from care_event where id = ?").param(wrong).query(String.class).single())
                .isEqualTo("Wrong date");
        assertThat(jdbc.sql("select count(*) from care_event where child_id = ? and deleted_at is null and event_date = ?")
                .params(id, TODAY.minusDays(20)).query(Long.class).single()).as("the replacement").isEqualTo(1);
        assertThat(page(form).getStatus()).as("a corrected event is not corrected twice").isEqualTo(404);
    }

    @Test
    void aMissingChildsReturnAndInterviewAreRecordedOnTheEpisode() throws Exception {
        long id = child("Missingpage", TODAY.minusYears(14));
        cameIntoCare(id, TODAY.minusMonths(6));
        String started = UkTime.instant(TODAY.minusDays(3), java.time.LocalTime.of(21, 0)).toString();
        long missing = Api.JSON.readTree(postJson("/api/v1/care/" + id + "/missing",
                "{\"startedAt\":\"%s\"}".formatted(started))).get("id").asLong();
        String base = "/children/" + id + "/care";
        String form = base + "/missing/" + missing;
        assertThat(page(base).getContentAsString()).contains("href=\"" + form + "\"");
        assertThat(page(form).getContentAsString()).contains("value=\"21:00\"");

        String[] start = join(new String[] {"kind", "M", "startTime", "21:00"}, date("start", TODAY.minusDays(3)));
        String[] returned = join(new String[] {"endTime", "09:30"}, date("end", TODAY.minusDays(2)));
        MockHttpServletResponse offerBeforeReturn = submit(form, join(start, date("offer", TODAY.minusDays(3)),
                new String[] {"offerTime", "10:00", "accepted", "yes"}));
        assertThat(offerBeforeReturn.getContentAsString()).contains("A return home interview is offered after the child has returned",
                "value=\"10:00\"");
        assertThat(audits("UPDATE", "missing_episode")).isZero();

        assertThat(submit(form, join(start, returned, date("offer", TODAY.minusDays(1)),
                new String[] {"offerTime", "10:00", "accepted", "yes"})).getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("UPDATE", "missing_episode")).isEqualTo(1);
        assertThat(page(base).getContentAsString()).contains("Offered in time", "Accepted");
    }

    @Test
    void aRestrictedChildsCorrectionAndReturnPagesAreNotFound() throws Exception {
        long id = child("Correctionhidden", TODAY.minusYears(9));
        long event = Api.JSON.readTree(cameIntoCare(id, TODAY.minusMonths(6))).get("events").get(0).get("id").asLong();
        long missing = Api.JSON.readTree(postJson("/api/v1/care/" + id + "/missing",
                "{\"startedAt\":\"%s\"}".formatted(TestClock.now().minusSeconds(7200)))).get("id").asLong();
        restrict(id);
        String base = "/children/" + id + "/care";
        assertThat(page(base + "/events/" + event + "/correction").getStatus()).isEqualTo(404);
        assertThat(page(base + "/missing/" + missing).getStatus()).isEqualTo(404);
        assertThat(submit(base + "/events/" + event + "/correction", "action", "withdraw", "reason", "x").getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("select deleted_at is null from care_event where id = ?").param(event).query(Boolean.class).single())
                .isTrue();
    }

    /** The care event form's date boxes (day, month, year). */
    private static String[] dayMonthYear(LocalDate d) {
        return new String[] {"day", Integer.toString(d.getDayOfMonth()), "month", Integer.toString(d.getMonthValue()),
            "year", Integer.toString(d.getYear())};
    }
}
