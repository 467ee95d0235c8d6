package io.waishi.platform.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which fields of a stored document hold personal data (DESIGN.md §7) and so never enter the audit trail:
 * fields named like sealed or personal values anywhere, and the paths a service names.
 */
final class PersonalData {

    /** What the trail shows instead of a personal value: that it changed, not what it is. */
    static final String WITHHELD = "[personal data]";

    private static final Pattern NAMES = Pattern.compile(
            "sealed.*|.*date_?of_?birth.*|.*birth_?date.*|.*passport_?number.*|.*personal_?data.*");

    private final List<String> paths;

    PersonalData(List<String> configured) {
        this.paths = configured.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether the field at {@code path} (dotted, without list indices) of a document in {@code collection} is personal. */
    boolean isPersonal(String collection, String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (NAMES.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        for (String configured : paths) {
            int colon = configured.indexOf(':');
            if (colon < 0 ? configured.equals(path)
                    : configured.substring(0, colon).equals(collection) && configured.substring(colon + 1).equals(path)) {
                return true;
            }
        }
        return false;
    }
}
