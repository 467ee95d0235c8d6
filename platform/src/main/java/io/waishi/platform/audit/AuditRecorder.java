package io.waishi.platform.audit;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.security.ActorArgumentResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every save of an aggregate as an audit entry — who, when, what, the state before → after and the
 * reason — and stores it in the aggregate's own document ({@value #PENDING_FIELD}), in the same single-document
 * write as the change. The {@link AuditRelay} then moves it into the chain; a crash in between leaves it in the
 * document for the {@link AuditSweep}. Nothing is lost and nothing needs a transaction (DESIGN.md §5).
 *
 * <p>The state before is the stored document, read by id just before the write: a save is conditional on the
 * version it read, so when it succeeds that document is exactly the state it replaced.
 */
public class AuditRecorder implements BeforeSaveCallback<AggregateRoot>, Ordered {

    /** Where an aggregate document keeps its audit entries until they are chained. Written only by the platform. */
    public static final String PENDING_FIELD = "auditPending";
    static final String SYSTEM_USER = "system";

    private final ObjectProvider<MongoTemplate> mongo;
    private final Clock clock;
    private final Supplier<UUID> entryIds;
    private final DocumentDiff diff;
    private final PersonalData personalData;
    private final AuditProperties properties;

    public AuditRecorder(ObjectProvider<MongoTemplate> mongo, Clock clock, Supplier<UUID> entryIds,
            AuditProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.entryIds = entryIds;
        this.properties = properties;
        this.personalData = new PersonalData(properties.personalFields());
        this.diff = new DocumentDiff(personalData, properties.maxValueLength(),
                properties.maxChanges());
    }

    @Override
    public AggregateRoot onBeforeSave(AggregateRoot aggregate, Document document, String collection) {
        document.remove(PENDING_FIELD);
        Document stored = isNew(document) ? null : mongo.getObject().findById(document.get("_id"), Document.class, collection);
        List<Object> pending = new ArrayList<>();
        if (stored != null) {
            pending.addAll(stored.getList(PENDING_FIELD, Object.class, List.of()));
        }
        BsonDocument before = stored == null ? null : BsonDocuments.toBson(stored);
        BsonDocument after = BsonDocuments.toBson(document);
        List<BsonDocument> changes = diff.changes(collection, before, after);
        if (!changes.isEmpty()) {
            pending.add(BsonDocuments.toDocument(entry(aggregate, collection, before, after, changes)));
        }
        if (!pending.isEmpty()) {
            document.put(PENDING_FIELD, pending);
        }
        return aggregate;
    }

    private static boolean isNew(Document document) {
        return document.get("version") instanceof Number version && version.longValue() == 0;
    }

    private BsonDocument entry(AggregateRoot aggregate, String collection, BsonDocument before, BsonDocument after,
            List<BsonDocument> changes) {
        AuditContext.Act context = AuditContext.current();
        HttpServletRequest request = currentRequest();
        String act = context != null ? context.act()
                : request != null ? request.getMethod() + " " + pathOf(request) : "unattributed";
        BsonDocument entry = new BsonDocument()
                .append("entryId", new BsonString(entryIds.get().toString()))
                .append("at", new BsonDateTime(clock.millis()))
                .append("actor", actor())
                .append("act", new BsonString(act));
        if (context != null && context.cause() != null) {
            entry.append("cause", new BsonString(context.cause()));
        }
        entry.append("objectType", new BsonString(collection))
                .append("aggregateType", new BsonString(aggregate.getClass().getSimpleName()))
                .append("objectId", new BsonString(aggregate.id()));
        if (aggregate.version() != null) {
            entry.append("version", new BsonInt64(aggregate.version()));
        }
        BsonDocument state = state(collection, before, after);
        if (state != null) {
            entry.append("state", state);
        }
        entry.append("changes", new BsonArray(changes));
        String reason = request != null ? AuditReason.current() : null;
        if (reason != null) {
            entry.append("reason", new BsonString(reason));
        }
        return entry;
    }

    /** The aggregate's state field, from → to, so the trail shows the transition at a glance. */
    private BsonDocument state(String collection, BsonDocument before, BsonDocument after) {
        for (String field : properties.stateFields()) {
            if ((after.containsKey(field) || before != null && before.containsKey(field))
                    && !personalData.isPersonal(collection, field)) {
                BsonDocument state = new BsonDocument("field", new BsonString(field));
                BsonValue from = before == null ? null : before.get(field);
                state.append("from", from == null ? BsonNull.VALUE : scalar(from));
                BsonValue to = after.get(field);
                state.append("to", to == null ? BsonNull.VALUE : scalar(to));
                return state;
            }
        }
        return null;
    }

    private static BsonValue scalar(BsonValue value) {
        return value.isDocument() || value.isArray() ? new BsonString("(structured)") : value;
    }

    private static BsonDocument actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken) {
            Actor actor = ActorArgumentResolver.currentActor();
            BsonArray roles = new BsonArray();
            actor.roles().stream().map(Enum::name).sorted().forEach(role -> roles.add(new BsonString(role)));
            BsonDocument document = new BsonDocument("userId", new BsonString(actor.userId())).append("roles", roles);
            actor.unit().ifPresent(unit -> document.append("unit", new BsonString(unit)));
            return document.append("system", BsonBoolean.FALSE);
        }
        return new BsonDocument("userId", new BsonString(SYSTEM_USER)).append("roles", new BsonArray())
                .append("system", BsonBoolean.TRUE);
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    /** The path template the request matched, e.g. {@code /api/travel/delegations/{id}/submit}; never ids or query. */
    private static String pathOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }

    @Override
    public int getOrder() {
        // Last, so it sees the document exactly as it will be written.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
