package io.waishi.platform.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * One record of the audit trail as an auditor reads it.
 *
 * @param sequence      its place in the chain, from 1
 * @param at            when the change was made
 * @param actor         who made it: the user of the token, or {@code system} for an event or a scheduled task
 * @param act           what was done: {@code METHOD /path/{template}}, {@code event <type>}, {@code task <name>}
 * @param cause         the id of the event that caused it, if any
 * @param objectType    the collection of the changed object
 * @param aggregateType the kind of object
 * @param objectId      its id
 * @param version       its version after the change
 * @param state         its state field from → to, when it has one
 * @param changes       each changed field: {@code path} and {@code from}/{@code to}, or {@code added} list items;
 *                      personal data shows as {@value PersonalData#WITHHELD}
 * @param reason        the reason the person gave, if any
 * @param previousHash  the hash of the record before
 * @param hash          SHA-256 of the previous hash and this record
 */
public record AuditRecord(long sequence, String entryId, Instant at, Actor actor, String act, String cause,
        String objectType, String aggregateType, String objectId, Long version, StateChange state,
        List<Map<String, Object>> changes, String reason, String previousHash, String hash) {

    public record Actor(String userId, List<String> roles, String unit, boolean system) {
    }

    public record StateChange(String field, Object from, Object to) {
    }

    @SuppressWarnings("unchecked")
    static AuditRecord of(Document record) {
        Document actor = record.get("actor", Document.class);
        Document state = record.get("state", Document.class);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Document change : record.getList("changes", Document.class, List.of())) {
            changes.add((Map<String, Object>) plain(change));
        }
        return new AuditRecord(((Number) record.get("_id")).longValue(), record.getString("entryId"),
                record.getDate("at").toInstant(),
                actor == null ? null : new Actor(actor.getString("userId"), actor.getList("roles", String.class, List.of()),
                        actor.getString("unit"), Boolean.TRUE.equals(actor.getBoolean("system"))),
                record.getString("act"), record.getString("cause"), record.getString("objectType"),
                record.getString("aggregateType"), record.getString("objectId"),
                record.get("version") instanceof Number version ? version.longValue() : null,
                state == null ? null : new StateChange(state.getString("field"), plain(state.get("from")), plain(state.get("to"))),
                changes, record.getString("reason"), record.getString("previousHash"), record.getString("hash"));
    }

    /** A stored value as plain JSON-friendly Java: maps, lists, text, numbers, booleans, instants. */
    static Object plain(Object value) {
        if (value instanceof Document document) {
            Map<String, Object> map = new LinkedHashMap<>();
            document.forEach((key, field) -> map.put(key, plain(field)));
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditRecord::plain).toList();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.isNaN() || decimal.isInfinite() ? decimal.toString() : decimal.bigDecimalValue();
        }
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Binary binary) {
            return "(" + binary.length() + " bytes)";
        }
        if (value instanceof BigDecimal || value instanceof Number || value instanceof String || value instanceof Boolean
                || value == null) {
            return value;
        }
        return value.toString();
    }
}
