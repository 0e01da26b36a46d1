package org.kindred.returns.downloads;

/** What can be downloaded, and as what. */
public enum DownloadKind {
    SSDA903("SSDA903 return", "application/zip", "zip"),
    CIN("CIN census", "application/xml", "xml"),
    ANNEX_A("Ofsted's Annex A", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String label;
    private final String contentType;
    private final String extension;

    DownloadKind(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String label() { return label; }

    public String contentType() { return contentType; }

    public String extension() { return extension; }
}
