package io.waishi.sistercity.activity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Free keywords on an activity, normalised so that "City Week", "city_week" and " city-week " are one tag:
 * lower case, runs of anything but letters and digits become one hyphen, no hyphen at either end.
 */
public final class ActivityTags {

    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 40;

    private ActivityTags() {
    }

    /** One tag, normalised; refuses a tag with no letter or digit, or longer than {@value #MAX_LENGTH}. */
    public static String normalise(String tag) {
        if (tag == null) {
            throw new IllegalArgumentException("A tag cannot be empty");
        }
        String normal = tag.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (normal.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a letter or a digit: '" + tag + "'");
        }
        if (normal.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A tag has at most " + MAX_LENGTH + " characters");
        }
        return normal;
    }

    /** The tags normalised, each once, sorted; null is no tags. */
    public static List<String> normalise(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        TreeSet<String> normal = new TreeSet<>();
        for (String tag : tags) {
            normal.add(normalise(tag));
        }
        if (normal.size() > MAX_TAGS) {
            throw new IllegalArgumentException("An activity has at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(normal);
    }
}
