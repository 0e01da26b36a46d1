/**
 * Child protection on the statutory clock (Working Together to Safeguard Children 2023, chapter 2): strategy
 * discussions, section 47 enquiries, initial and review child protection conferences, and child protection plans
 * with their category of abuse. Each timescale is a small named rule class. Talks to the person register only
 * through {@link org.kindred.person.People}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "insight", "shared :: cluster", "shared :: chronology", "shared :: demo", "shared :: work", "access", "person", "frontdoor", "care", "shared :: childpage", "shared :: time"})
package org.kindred.protection;
