package org.kindred.fostering;

import java.time.LocalDate;

/**
 * The fostering panel should consider the application within 8 months of its receipt (Fostering Services (England)
 * Regulations 2011 as amended 2013, and the guidance "Assessment and approval of foster carers": the whole assessment
 * within eight months of the application). Calendar months.
 */
public final class PanelDue {
    public static final int MONTHS = 8;

    private PanelDue() {
    }

    public static LocalDate from(LocalDate application) {
        return application == null ? null : application.plusMonths(MONTHS);
    }
}
