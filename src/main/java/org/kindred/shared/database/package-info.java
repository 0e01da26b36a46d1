/** The database Kindred runs on: the embedded server or an external one, its roles, migrations and backups. */
@org.springframework.modulith.NamedInterface("database")
package org.kindred.shared.database;
