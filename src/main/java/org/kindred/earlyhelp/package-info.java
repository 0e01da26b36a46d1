/**
 * Early help and interventions (ADR 0025): an episode of early help for a household (its children and adults from
 * the register, a lead professional who may work for a partner agency, the early help assessment on the authority's
 * clock, team around the family reviews, goals, closure), stepped down from the front door by its decision and
 * stepped up to it as a new contact; and the interventions catalogue (MST, MST-FIT, family group conferences,
 * parenting, edge of care, restorative practice) with referrals, waiting lists and outcomes read from the other
 * modules' typed facts. Every read and change of a child's record is audited; restricted children are invisible.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early help and interventions",
        allowedDependencies = {"shared", "shared :: chronology", "shared :: cluster", "shared :: demo", "shared :: time", "shared :: childpage",
            "access", "person",
            "frontdoor", "protection", "care"})
package org.kindred.earlyhelp;
