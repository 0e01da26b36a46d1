package org.kindred.returns.web;

import java.util.concurrent.CompletableFuture;
import org.kindred.returns.ReturnsRoles.CanRunReturns;
import org.kindred.returns.downloads.DownloadKind;
import org.kindred.returns.downloads.DownloadRequests;
import org.kindred.returns.downloads.ReturnBuild;
import org.kindred.returns.downloads.ReturnDownloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The returns for an authority's own tooling: the same builds as the page, answered when ready without holding a
 * request thread meanwhile (the servlet's asynchronous request). Bad input is problem+json naming the field.
 */
@RestController
class ReturnsApi {
    private final ReturnDownloads downloads;

    ReturnsApi(ReturnDownloads downloads) { this.downloads = downloads; }

    /** GET /api/v1/returns/annex-a?from=yyyy-MM-dd&to=yyyy-MM-dd: Ofsted's Annex A workbook (xlsx). */
    @GetMapping("/api/v1/returns/annex-a")
    @CanRunReturns
    CompletableFuture<ResponseEntity<?>> annexA(@RequestParam(required = false) String from,
                                                @RequestParam(required = false) String to) {
        var first = DownloadRequests.isoDate("from", from);
        var last = DownloadRequests.isoDate("to", to);
        DownloadRequests.period(first, last);
        return answer(downloads.startAnnexA(first, last));
    }

    /** GET /api/v1/returns/ssda903?year=2025: the SSDA903 return's CSV files and XML (zip). */
    @GetMapping("/api/v1/returns/ssda903")
    @CanRunReturns
    CompletableFuture<ResponseEntity<?>> ssda903(@RequestParam(required = false) String year) {
        return answer(downloads.startReturn(DownloadKind.SSDA903, DownloadRequests.year(DownloadKind.SSDA903, year)));
    }

    /** GET /api/v1/returns/cin?year=2025: the CIN census (XML). */
    @GetMapping("/api/v1/returns/cin")
    @CanRunReturns
    CompletableFuture<ResponseEntity<?>> cin(@RequestParam(required = false) String year) {
        return answer(downloads.startReturn(DownloadKind.CIN, DownloadRequests.year(DownloadKind.CIN, year)));
    }

    private CompletableFuture<ResponseEntity<?>> answer(ReturnBuild build) {
        return build.whenDone().thenApply(b -> {
            if (b.stage() == ReturnBuild.Stage.READY) {
                return ReturnFiles.attachment(b, downloads.download(b));
            }
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, b.summary());
            p.setTitle("The return could not be built");
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
        });
    }
}
