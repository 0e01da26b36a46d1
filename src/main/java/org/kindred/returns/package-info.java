/**
 * The statutory returns (SSDA903, CIN census, Ofsted's Annex A): validation with the DfE's rules, export built from
 * the case-work modules' typed facts ({@link org.kindred.care.CareFacts}, {@link
 * org.kindred.frontdoor.FrontDoorFacts}, {@link org.kindred.protection.ProtectionFacts}), and import of past
 * returns through their command APIs. It owns every DfE code and format; no case-work module depends on it (ADR
 * 0016).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statutory returns",
        allowedDependencies = {"shared", "access", "person", "geography", "frontdoor", "protection", "care", "earlyhelp", "workforce", "shared :: time"})
package org.kindred.returns;
