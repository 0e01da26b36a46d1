/** Ofsted's Annex A workbook; modules holding data for a list implement {@link org.kindred.returns.annexa.AnnexAContributor}. */
@org.springframework.modulith.NamedInterface("annexa")
package org.kindred.returns.annexa;
