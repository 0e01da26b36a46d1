/**
 * Recruitment of staff: campaigns with the vacancies they advertise (team, role, FTE), applicants through applied,
 * contacted, shortlisted, interviewed, offered and started (or withdrawn with a reason), the campaign's promise that a
 * named senior leader contacts every applicant within 5 working days (on the leader's My work), time to hire, and
 * retention payments ("golden hellos") with their clawback periods. Teams and the leader are read through
 * {@link org.kindred.access.Users}; the workforce's employment records are not this module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment",
        allowedDependencies = {"shared", "shared :: demo", "shared :: time", "access"})
package org.kindred.recruitment;
