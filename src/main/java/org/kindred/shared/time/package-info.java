/** The application clock: one {@link java.time.Clock} bean, movable to another date by a setting. */
@org.springframework.modulith.NamedInterface("time")
package org.kindred.shared.time;
