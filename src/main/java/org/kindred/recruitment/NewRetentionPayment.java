package org.kindred.recruitment;

import java.time.LocalDate;

/** As typed: amount in pounds, the day it was paid, clawback period in months. */
public record NewRetentionPayment(String amount, LocalDate paidOn, String clawbackMonths, String note) {
}
