package org.kindred.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A "golden hello": paid on a date, repayable in part or whole if the worker leaves before clawbackUntil. */
public record RetentionPayment(long id, long applicantId, BigDecimal amount, LocalDate paidOn, int clawbackMonths,
                               LocalDate clawbackUntil, String note) {
    public boolean inClawbackOn(LocalDate day) { return day.isBefore(clawbackUntil); }
}
