/** Printable documents: a page's HTML (a Thymeleaf template's output) made into a PDF. */
@org.springframework.modulith.NamedInterface("pdf")
package org.kindred.shared.pdf;
