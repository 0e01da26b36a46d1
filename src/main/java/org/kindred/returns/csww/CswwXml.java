package org.kindred.returns.csww;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.kindred.workforce.CensusFacts;

/**
 * The census as XML, one element a line in the schema's order, remembering which worker and field each line holds,
 * so the schema's complaints (which give a line) name the worker and the field.
 */
final class CswwXml {
    /** What line n of the text holds (index n - 1). */
    record Line(String worker, String field) {
    }

    private final StringBuilder x = new StringBuilder();
    private final List<Line> lines = new ArrayList<>();

    static CswwXml of(CensusFacts.Census census, String laCode, Instant now) {
        CswwXml xml = new CswwXml();
        xml.build(census, laCode, now);
        return xml;
    }

    String text() { return x.toString(); }

    List<Line> lines() { return lines; }

    private void build(CensusFacts.Census c, String laCode, Instant now) {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", null, null);
        raw("<Message>", null, null);
        raw("<Header>", null, null);
        raw("<CollectionDetails>", null, null);
        element("Collection", "CSWW", "Header", "Collection");
        element("Year", Integer.toString(c.year().year()), "Header", "Year");
        element("ReferenceDate", c.year().referenceDate().toString(), "Header", "ReferenceDate");
        raw("</CollectionDetails>", null, null);
        raw("<Source>", null, null);
        element("SourceLevel", "L", "Header", "SourceLevel");
        element("LEA", laCode, "Header", "LEA");
        element("SoftwareCode", "Kindred", "Header", "SoftwareCode");
        element("DateTime", now.truncatedTo(ChronoUnit.SECONDS).toString(), "Header", "DateTime");
        raw("</Source>", null, null);
        raw("</Header>", null, null);
        raw("<LALevelVacancies>", null, null);
        element("NumberOfVacancies", c.vacancyFte().toPlainString(), "The authority", "NumberOfVacancies");
        element("NoAgencyFTE", c.agencyFte().toPlainString(), "The authority", "NoAgencyFTE");
        element("NoAgencyHeadcount", Integer.toString(c.agencyHeadcount()), "The authority", "NoAgencyHeadcount");
        raw("</LALevelVacancies>", null, null);
        for (CensusFacts.Worker w : c.workers()) {
            worker(w);
        }
        raw("</Message>", null, null);
    }

    private void worker(CensusFacts.Worker w) {
        String who = CswwChecks.name(w);
        raw("<CSWWWorker>", who, null);
        element("AgencyWorker", w.agency() ? "1" : "0", who, "AgencyWorker");
        element("SWENo", w.sweNumber() == null ? "" : w.sweNumber(), who, "SWENo");
        element("FTE", decimal(w.fte()), who, "FTE");
        element("QualInst", w.qualificationInstitution() == null ? "" : w.qualificationInstitution(), who, "QualInst");
        element("OrgRole", CswwCodes.orgRole(w.role()), who, "OrgRole");
        element("RoleStartDate", w.startDate().toString(), who, "RoleStartDate");
        if (w.leavingDate() != null) {
            element("RoleEndDate", w.leavingDate().toString(), who, "RoleEndDate");
        }
        if (w.leavingReason() != null) {
            element("ReasonLeave", CswwCodes.reasonLeave(w.leavingReason()), who, "ReasonLeave");
        }
        if (w.fteAtReference() != null) {
            element("FTE30", decimal(w.fteAtReference()), who, "FTE30");
        }
        if (w.casesAtReference() != null) {
            element("Cases30", Integer.toString(w.casesAtReference()), who, "Cases30");
        }
        if (w.sickDaysLost() != null) {
            element("WorkingDaysLost", w.sickDaysLost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    who, "WorkingDaysLost");
        }
        String cfkss = CswwCodes.cfkss(w.role());
        if (cfkss != null) {
            element("CFKSSstatus", cfkss, who, "CFKSSstatus");
        }
        raw("</CSWWWorker>", who, null);
    }

    private static String decimal(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private void raw(String text, String worker, String field) {
        x.append(text).append('\n');
        lines.add(new Line(worker, field));
    }

    private void element(String name, String text, String worker, String field) {
        StringBuilder e = new StringBuilder("<").append(name).append('>');
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> e.append("&lt;");
                case '>' -> e.append("&gt;");
                case '&' -> e.append("&amp;");
                default -> e.append(ch);
            }
        }
        raw(e.append("</").append(name).append('>').toString(), worker, field);
    }
}
