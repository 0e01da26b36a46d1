package org.kindred.recognition.web;

import lombok.RequiredArgsConstructor;
import org.kindred.recognition.CertificateBuild;
import org.kindred.recognition.Certificates.Packing;
import org.kindred.recognition.Certificates;
import org.kindred.recognition.RecognitionRoles.CanRunCelebrations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * At the celebration, the organiser makes every nominee's certificate: the build runs on a background thread and its
 * page says how many are done (check again; no script) until the file is ready.
 */
@Controller
@RequiredArgsConstructor
class CertificatePages {
    private final Certificates certificates;

    @GetMapping("/recognition/certificates/{buildId}")
    @CanRunCelebrations
    String progress(@PathVariable String buildId, Model model) {
        model.addAttribute("build", build(buildId));
        return "recognition/certificates";
    }

    @GetMapping("/recognition/certificates/{buildId}/file")
    @CanRunCelebrations
    ResponseEntity<byte[]> file(@PathVariable String buildId) {
        CertificateBuild build = build(buildId);
        if (build.stage() != CertificateBuild.Stage.READY) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        MediaType type = build.packing() == Packing.ZIP ? MediaType.parseMediaType("application/zip") : MediaType.APPLICATION_PDF;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + build.fileName() + "\"")
                .body(certificates.file(build));
    }

    private CertificateBuild build(String id) {
        return certificates.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
