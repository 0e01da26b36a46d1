/**
 * Importing past returns. A module of its own beside returns: it writes through the care, front door and
 * protection APIs, while those modules depend on returns for {@link org.kindred.returns.ReturnContributor};
 * as part of returns that would be a cycle (and Modulith forbids reaching into a nested module). Its command ({@link org.kindred.returnimport.ImportCommand}) is
 * added under `returns` by the application's command line, not by ReturnsCommand, for the same reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Returns import")
package org.kindred.returnimport;
