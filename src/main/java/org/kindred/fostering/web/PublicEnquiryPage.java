package org.kindred.fostering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.fostering.Enquiries;
import org.kindred.fostering.NewEnquiry;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one page of Kindred open to the public: "Thinking of fostering?". No sign-in; CSRF-protected like every form;
 * a honeypot field ({@code website}, hidden from people, filled by bots) whose filling stores nothing but looks
 * accepted; a limit per address on submissions and views. Its layout links nowhere else in Kindred.
 */
@Controller
@RequiredArgsConstructor
class PublicEnquiryPage {
    static final String PATH = "/foster-with-us";
    static final List<String> HEARD = List.of("Social media", "Radio or television", "Poster, leaflet or bus advert",
            "A friend, family member or foster carer", "A local event", "A search engine", "Other");
    private final Enquiries enquiries;
    private final EnquiryRateLimit limit;

    @GetMapping(PATH)
    String form(@RequestParam(name = "campaign", required = false) String campaign, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        if (!limit.allowView(request.getRemoteAddr())) return tooMany(response);
        Map<String, String> form = new HashMap<>();
        if (campaign != null && campaign.matches("[A-Za-z0-9-]{1,40}")) form.put("campaign", campaign);
        return page(model, form, Map.of());
    }

    @PostMapping(PATH)
    String submit(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        if (!limit.allowSubmission(request.getRemoteAddr())) return tooMany(response);
        if (form.get("website") != null && !form.get("website").isBlank()) {
            // a bot filled the hidden field: answer as if accepted, keep nothing
            return "fostering/public-thanks";
        }
        try {
            enquiries.receivePublic(new NewEnquiry(form.get("name"), form.get("email"), form.get("phone"),
                    form.get("postcode"), form.get("campaign"), form.get("heardVia"), "PUBLIC",
                    "yes".equals(form.get("consentToContact")), false, null));
            return "fostering/public-thanks";
        } catch (InvalidInput e) {
            return page(model, form, new LinkedHashMap<>(e.errors()));
        }
    }

    private String page(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("heard", HEARD);
        return "fostering/public-enquiry";
    }

    private static String tooMany(HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(EnquiryRateLimit.WINDOW.toSeconds()));
        return "fostering/public-busy";
    }
}
