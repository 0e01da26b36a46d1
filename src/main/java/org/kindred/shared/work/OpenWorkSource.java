package org.kindred.shared.work;

import java.time.LocalDate;
import java.util.List;

/**
 * Work that needs a named worker: one item per child with something open (a referral awaiting assessment,
 * a plan, a period of care). The manager's "My work" subtracts the children already allocated to show
 * unallocated work.
 */
public interface OpenWorkSource {

    List<WorkItem> openWork(LocalDate today);
}
