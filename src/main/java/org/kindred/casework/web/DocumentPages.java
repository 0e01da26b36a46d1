package org.kindred.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.casework.DocumentType;
import org.kindred.casework.DocumentUpload;
import org.kindred.casework.Documents;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's documents: the list (by type), the upload form and the download. A download is always an attachment of
 * the type sniffed at upload, with nosniff, so nothing uploaded is ever rendered by the browser as a page.
 */
@Controller
@RequiredArgsConstructor
class DocumentPages {
    static final String TOO_LARGE = "The selected file must be smaller than 20 MB";
    private final Documents documents;
    private final People people;

    @GetMapping("/children/{id}/documents")
    @CanReadCases
    String list(@PathVariable long id, @RequestParam(required = false) String type, Model model) {
        DocumentType wanted = type == null || type.isBlank() ? null : parse(type);
        model.addAttribute("child", child(id));
        model.addAttribute("documents", documents.forChild(id, wanted));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("type", wanted);
        return "casework/documents";
    }

    @GetMapping("/children/{id}/documents/upload")
    @CanRecordCases
    String form(@PathVariable long id, @RequestParam(required = false) String tooLarge, Model model) {
        return form(id, new HashMap<>(), tooLarge == null ? Map.of() : Map.of("file", TOO_LARGE), model);
    }

    @PostMapping("/children/{id}/documents/upload")
    @CanRecordCases
    String upload(@PathVariable long id, @RequestParam Map<String, String> form,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        try {
            documents.upload(id, new DocumentUpload(form.get("type"), form.get("title"),
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()));
            redirect.addFlashAttribute("uploaded", true);
            return "redirect:/children/" + id + "/documents";
        } catch (InvalidInput e) {
            return form(id, new HashMap<>(form), e.errors(), model);
        }
    }

    /** A file over the limit sent without a declared length (the edge filter answers the others). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        return "redirect:" + request.getRequestURI() + "?tooLarge=1";
    }

    @GetMapping("/children/{id}/documents/{documentId}/download")
    @CanReadCases
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        Documents.Download d = documents.download(id, documentId).orElseThrow(() -> new NotFound("Document"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(d.content());
    }

    private String form(long id, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("child", child(id));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "casework/upload";
    }

    private static DocumentType parse(String type) {
        try {
            return DocumentType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Document type");
        }
    }

    private Person child(long id) {
        return people.find(id).orElseThrow(() -> new NotFound("Child"));
    }
}
