package org.kindred.recruitment;

/** As typed: amount in pounds, paid on (ISO), clawback period in months. */
public record NewRetentionPayment(String amount, String paidOn, String clawbackMonths, String note) {
}
