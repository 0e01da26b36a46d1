/**
 * Several Kindred nodes on one PostgreSQL tell each other what changed (PostgreSQL's LISTEN/NOTIFY): ADR 0022.
 */
@org.springframework.modulith.NamedInterface("cluster")
package org.kindred.shared.cluster;
