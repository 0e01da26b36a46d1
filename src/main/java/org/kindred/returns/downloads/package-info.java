/**
 * Downloads of the statutory returns from the page and the API: the SSDA903 return (CSV files and XML, zipped), the
 * CIN census XML and Ofsted's Annex A workbook, each built off the request thread by the same export the command line
 * runs (validated as it is built), its progress readable while it runs, and each download audited.
 */
@org.springframework.modulith.NamedInterface("downloads")
package org.kindred.returns.downloads;
