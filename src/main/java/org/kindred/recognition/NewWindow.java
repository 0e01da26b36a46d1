package org.kindred.recognition;

import java.time.LocalDate;

/** A nomination window as an organiser opens it. */
public record NewWindow(String name, LocalDate opensOn, LocalDate closesOn, LocalDate celebrationOn) {
}
