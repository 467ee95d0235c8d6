package io.waishi.publicity.item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Keywords as the office files them: trimmed, single-spaced, lower case, each once, in the order given. */
public final class Tags {

    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 40;

    private Tags() {
    }

    public static List<String> normalised(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String tag : tags) {
            String one = normalised(tag);
            if (!one.isEmpty()) {
                if (one.length() > MAX_LENGTH) {
                    throw new IllegalArgumentException("A tag has at most " + MAX_LENGTH + " characters");
                }
                kept.add(one);
            }
        }
        if (kept.size() > MAX_TAGS) {
            throw new IllegalArgumentException("An item has at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(new ArrayList<>(kept));
    }

    public static String normalised(String tag) {
        return tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
