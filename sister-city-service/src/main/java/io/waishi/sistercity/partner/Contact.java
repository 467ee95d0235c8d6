package io.waishi.sistercity.partner;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Someone the office deals with at a partner city: who, in what role, how to reach them and which
 * languages they work in (BCP 47 tags, e.g. {@code ko}, {@code ja}, {@code en}). Personal data: shown to the
 * office's staff only, never in events.
 */
public record Contact(String name, String role, String organisation, String email, String phone,
        List<String> languages) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A contact needs a name");
        }
        name = name.strip();
        role = blankToNull(role);
        organisation = blankToNull(organisation);
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        languages = languages == null ? List.of() : languages.stream().map(Contact::languageTag).distinct().toList();
    }

    private static String languageTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag == null ? "" : tag.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("A language tag is needed");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("Not a language tag (BCP 47): " + tag);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
