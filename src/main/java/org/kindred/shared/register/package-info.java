/** What the register's lists need from other modules (who still counts as a child past 18). */
@org.springframework.modulith.NamedInterface("register")
package org.kindred.shared.register;
