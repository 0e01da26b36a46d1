/** What is due for which child: the contract between feature modules and "My work". */
@org.springframework.modulith.NamedInterface("work")
package org.kindred.shared.work;
