package io.waishi.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * What a write changed in a stored document: one entry per changed field, as {@code {path, from, to}}, or
 * {@code {path, added}} for a list that only grew at its end. Nested documents are compared field by field.
 * Personal data is withheld, the platform's own fields (id, version, outbox, pending audit entries) are left
 * out, long values are summarised.
 */
final class DocumentDiff {

    /**
     * Fields of every aggregate document that are the platform's, not the aggregate's state ({@code recordedEvents}
     * is stored empty: Spring Data maps the field although it is {@code transient}).
     */
    static final Set<String> IGNORED = Set.of("_id", "_class", "version", "outbox", "recordedEvents",
            AuditRecorder.PENDING_FIELD);

    private final PersonalData personalData;
    private final int maxValueLength;
    private final int maxChanges;

    DocumentDiff(PersonalData personalData, int maxValueLength, int maxChanges) {
        this.personalData = personalData;
        this.maxValueLength = maxValueLength;
        this.maxChanges = maxChanges;
    }

    /** The changes from {@code before} (null when the document is new) to {@code after}. */
    List<BsonDocument> changes(String collection, BsonDocument before, BsonDocument after) {
        List<BsonDocument> changes = new ArrayList<>();
        compareFields(collection, "", before == null ? new BsonDocument() : before, after, changes, true);
        if (changes.size() > maxChanges) {
            int more = changes.size() - maxChanges;
            List<BsonDocument> shown = new ArrayList<>(changes.subList(0, maxChanges));
            shown.add(new BsonDocument("path", new BsonString("…")).append("more", new BsonInt32(more)));
            return shown;
        }
        return changes;
    }

    private void compareFields(String collection, String prefix, BsonDocument before, BsonDocument after,
            List<BsonDocument> changes, boolean root) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            if (root && IGNORED.contains(key)) {
                continue;
            }
            compare(collection, prefix + key, before.get(key), after.get(key), changes);
        }
    }

    private void compare(String collection, String path, BsonValue before, BsonValue after, List<BsonDocument> changes) {
        if (before == null ? after == null : before.equals(after)) {
            return;
        }
        if (personalData.isPersonal(collection, path)) {
            changes.add(change(path, before == null ? null : new BsonString(PersonalData.WITHHELD),
                    after == null ? null : new BsonString(PersonalData.WITHHELD)));
            return;
        }
        if ((before == null || before.isDocument()) && (after == null || after.isDocument())) {
            // A nested document, new, removed or changed: field by field, so a large one still shows what it holds.
            compareFields(collection, path + ".", before == null ? new BsonDocument() : before.asDocument(),
                    after == null ? new BsonDocument() : after.asDocument(), changes, false);
            return;
        }
        if (before != null && after != null && before.isArray() && after.isArray() && grewAtEnd(before.asArray(), after.asArray())) {
            BsonArray added = new BsonArray();
            List<BsonValue> values = after.asArray().getValues();
            for (BsonValue value : values.subList(before.asArray().size(), values.size())) {
                added.add(shown(collection, path, value));
            }
            changes.add(new BsonDocument("path", new BsonString(path)).append("added", summarised(added)));
            return;
        }
        changes.add(change(path, before == null ? null : shown(collection, path, before),
                after == null ? null : shown(collection, path, after)));
    }

    private static boolean grewAtEnd(BsonArray before, BsonArray after) {
        return after.size() > before.size() && after.getValues().subList(0, before.size()).equals(before.getValues());
    }

    private static BsonDocument change(String path, BsonValue from, BsonValue to) {
        BsonDocument change = new BsonDocument("path", new BsonString(path));
        if (from != null) {
            change.append("from", from);
        }
        if (to != null) {
            change.append("to", to);
        }
        return change;
    }

    /** The value as the trail shows it: personal fields inside it withheld, then summarised if long. */
    private BsonValue shown(String collection, String path, BsonValue value) {
        return summarised(withheld(collection, path, value));
    }

    private BsonValue withheld(String collection, String path, BsonValue value) {
        if (value.isDocument()) {
            BsonDocument copy = new BsonDocument();
            for (var field : value.asDocument().entrySet()) {
                String fieldPath = path + "." + field.getKey();
                copy.append(field.getKey(), personalData.isPersonal(collection, fieldPath)
                        ? new BsonString(PersonalData.WITHHELD) : withheld(collection, fieldPath, field.getValue()));
            }
            return copy;
        }
        if (value.isArray()) {
            BsonArray copy = new BsonArray();
            for (BsonValue element : value.asArray()) {
                copy.add(withheld(collection, path, element));
            }
            return copy;
        }
        return value;
    }

    private BsonValue summarised(BsonValue value) {
        if (value.isString()) {
            String text = value.asString().getValue();
            return text.length() <= maxValueLength ? value
                    : new BsonString(text.substring(0, maxValueLength) + "… (" + text.length() + " characters)");
        }
        if (value.isDocument() || value.isArray()) {
            int length = value.isDocument() ? value.asDocument().toJson().length()
                    : new BsonDocument("v", value).toJson().length();
            if (length > maxValueLength) {
                return new BsonString(value.isArray() ? "[" + value.asArray().size() + " items]"
                        : "{" + value.asDocument().size() + " fields}");
            }
        }
        return value;
    }
}
