/** The contract between the demo data runner and the feature modules that contribute to it. */
@org.springframework.modulith.NamedInterface("demo")
package org.kindred.shared.demo;
