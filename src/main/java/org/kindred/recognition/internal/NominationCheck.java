package org.kindred.recognition.internal;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.recognition.Category;
import org.kindred.recognition.NewNomination;
import org.kindred.recognition.NominationWindow;
import org.kindred.recognition.NominationWindows;
import org.kindred.shared.Problems;
import org.springframework.stereotype.Component;

/**
 * A nomination names an enabled colleague other than oneself, in a window open today, with a message of up to 2,000
 * characters (kept as typed: it is text, escaped wherever shown) and an optional category.
 */
@Component
@RequiredArgsConstructor
class NominationCheck {
    static final int MESSAGE_LIMIT = 2000;
    private final NominationWindows windows;
    private final Users users;

    record Checked(NominationWindow window, UserView nominee, Category category, String message) {
    }

    Checked check(NewNomination n, CurrentUser me) {
        Problems problems = new Problems();
        NominationWindow window = window(n.windowId(), problems);
        UserView nominee = null;
        if (n.nominee() == null || n.nominee().isBlank()) {
            problems.add("nominee", "Select the colleague you are nominating");
        } else {
            nominee = users.find(n.nominee().trim()).filter(UserView::enabled).orElse(null);
            if (nominee == null) problems.add("nominee", "Select a colleague who works here");
            else if (nominee.id() == me.id()) problems.add("nominee", "Nominate a colleague, not yourself");
        }
        Category category = category(n.category(), problems);
        String message = n.message() == null ? "" : n.message().strip();
        if (message.isEmpty()) problems.add("message", "Enter why you are nominating them");
        else if (message.length() > MESSAGE_LIMIT) problems.add("message", "The message must be 2,000 characters or fewer");
        problems.throwIfAny();
        return new Checked(window, nominee, category, message);
    }

    private NominationWindow window(Long id, Problems problems) {
        List<NominationWindow> open = windows.openToday();
        if (id == null) {
            if (open.isEmpty()) problems.add("windowId", "No nomination window is open today");
            return open.isEmpty() ? null : open.get(0);
        }
        NominationWindow window = open.stream().filter(w -> w.id() == id).findFirst().orElse(null);
        if (window == null) problems.add("windowId", "That nomination window is not open today");
        return window;
    }

    private static Category category(String text, Problems problems) {
        if (text == null || text.isBlank()) return null;
        try {
            return Category.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("category", "Select a category from the list, or none");
            return null;
        }
    }
}
