package org.kindred.protection;

import java.util.List;
import java.util.Optional;

/** Section 47 enquiries, each started from a strategy discussion. Reads and changes are audited. */
public interface Section47Enquiries {
    Section47Enquiry start(NewSection47Enquiry enquiry);

    /** Records the outcome of an enquiry that has none yet. */
    Section47Enquiry conclude(long id, Section47Result result);

    Optional<Section47Enquiry> find(long id);

    /** The child's enquiries, newest first. */
    List<Section47Enquiry> forChild(long childId);
}
