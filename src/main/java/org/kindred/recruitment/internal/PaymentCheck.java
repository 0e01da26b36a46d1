package org.kindred.recruitment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kindred.recruitment.NewRetentionPayment;
import org.kindred.shared.Problems;

/** A retention payment: a positive amount in pounds and pence, its date, and a clawback period of 0 to 60 months. */
final class PaymentCheck {
    record Checked(BigDecimal amount, LocalDate paidOn, int clawbackMonths) {
    }

    private PaymentCheck() {
    }

    static Checked check(NewRetentionPayment p) {
        Problems problems = new Problems();
        BigDecimal amount = null;
        try {
            if (p.amount() != null && !p.amount().isBlank()) amount = new BigDecimal(p.amount().trim().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            problems.add("amount", "Enter the amount in pounds, for example 2000");
        }
        if (amount == null) problems.add("amount", "Enter the amount in pounds, for example 2000");
        else if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("99999999")) > 0) {
            problems.add("amount", "The amount must be more than £0, in pounds and pence");
        }
        LocalDate paidOn = p.paidOn();
        if (paidOn == null) problems.add("paidOn", "Enter the date it was paid");
        Integer months = null;
        try {
            months = Integer.valueOf(p.clawbackMonths() == null ? "" : p.clawbackMonths().trim());
        } catch (NumberFormatException e) {
            problems.add("clawbackMonths", "Enter the clawback period in months, for example 24");
        }
        if (months != null && (months < 0 || months > 60)) problems.add("clawbackMonths", "The clawback period must be 0 to 60 months");
        problems.throwIfAny();
        return new Checked(amount, paidOn, months);
    }
}
