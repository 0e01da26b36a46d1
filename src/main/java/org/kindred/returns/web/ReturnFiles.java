package org.kindred.returns.web;

import org.kindred.returns.downloads.ReturnBuild;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A built return as a file download. */
final class ReturnFiles {
    private ReturnFiles() {
    }

    static ResponseEntity<byte[]> attachment(ReturnBuild build, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(build.kind().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + build.fileName() + "\"")
                .header("X-Validation", build.summary())
                .body(bytes);
    }
}
