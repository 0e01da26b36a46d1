/** Synthetic demo data at county scale, for trying Kindred and for benchmarks. Never real people. */
@org.springframework.modulith.ApplicationModule
package org.kindred.demo;
