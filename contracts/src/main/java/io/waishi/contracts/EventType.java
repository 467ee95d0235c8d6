package io.waishi.contracts;

import java.net.URI;
import java.util.Optional;

/**
 * Every event type the suite publishes: its CloudEvents {@code type}, the service that owns it, the
 * topic it travels on and the JSON Schema its data must match. A breaking change is a new {@code .v2}
 * constant, never an edit of an existing one.
 */
public enum EventType {

    PARTNER_CITY_REGISTERED("waishi.sister-city.partner-city.registered.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_PARTNER_CITIES),
    ACTIVITY_RECORDED("waishi.sister-city.activity.recorded.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_ACTIVITIES),
    ACTIVITY_CANCELLED("waishi.sister-city.activity.cancelled.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_ACTIVITIES),
    RELATIONSHIP_STAGE_CHANGED("waishi.sister-city.relationship.stage-changed.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_RELATIONSHIPS),
    RELATIONSHIP_ANNIVERSARY_UPCOMING("waishi.sister-city.relationship.anniversary-upcoming.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_RELATIONSHIPS),
    RELATIONSHIP_DORMANCY_RISK_CHANGED("waishi.sister-city.relationship.dormancy-risk-changed.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_RELATIONSHIPS),
    PROJECT_STAGE_CHANGED("waishi.sister-city.project.stage-changed.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_PROJECTS),
    PROJECT_MILESTONE_REACHED("waishi.sister-city.project.milestone-reached.v1",
            Service.SISTER_CITY, Topic.SISTER_CITY_PROJECTS),
    DELEGATION_SUBMITTED("waishi.travel.delegation.submitted.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_APPROVED("waishi.travel.delegation.approved.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_RETURNED_FOR_CORRECTION("waishi.travel.delegation.returned-for-correction.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_REJECTED("waishi.travel.delegation.rejected.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_WITHDRAWN("waishi.travel.delegation.withdrawn.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_CANCELLED("waishi.travel.delegation.cancelled.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_DEPARTED("waishi.travel.delegation.departed.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_RETURNED("waishi.travel.delegation.returned.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_CLOSED("waishi.travel.delegation.closed.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    DELEGATION_DEADLINE_ALERTED("waishi.travel.delegation.deadline-alerted.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    TRIP_REPORT_SUBMITTED("waishi.travel.trip-report.submitted.v1",
            Service.TRAVEL, Topic.TRAVEL_DELEGATIONS),
    PASSPORT_OVERDUE("waishi.travel.passport.overdue.v1",
            Service.TRAVEL, Topic.TRAVEL_PASSPORTS),
    AUTHORISATION_GRANTED("waishi.travel.authorisation.granted.v1",
            Service.TRAVEL, Topic.TRAVEL_AUTHORISATIONS),
    AUTHORISATION_REVOKED("waishi.travel.authorisation.revoked.v1",
            Service.TRAVEL, Topic.TRAVEL_AUTHORISATIONS),
    VISIT_REQUESTED("waishi.reception.visit.requested.v1",
            Service.RECEPTION, Topic.RECEPTION_VISITS),
    VISIT_APPROVED("waishi.reception.visit.approved.v1",
            Service.RECEPTION, Topic.RECEPTION_VISITS),
    VISIT_COMPLETED("waishi.reception.visit.completed.v1",
            Service.RECEPTION, Topic.RECEPTION_VISITS),
    VISIT_CANCELLED("waishi.reception.visit.cancelled.v1",
            Service.RECEPTION, Topic.RECEPTION_VISITS),
    GIFT_DECLARATION_DUE("waishi.reception.gift.declaration-due.v1",
            Service.RECEPTION, Topic.RECEPTION_GIFTS),
    ITEM_DRAFTED("waishi.publicity.item.drafted.v1",
            Service.PUBLICITY, Topic.PUBLICITY_ITEMS),
    ITEM_PUBLISHED("waishi.publicity.item.published.v1",
            Service.PUBLICITY, Topic.PUBLICITY_ITEMS),
    ITEM_RETRACTED("waishi.publicity.item.retracted.v1",
            Service.PUBLICITY, Topic.PUBLICITY_ITEMS),
    COUNTRY_ALERT_LEVEL_CHANGED("waishi.publicity.country.alert-level-changed.v1",
            Service.PUBLICITY, Topic.PUBLICITY_COUNTRIES);

    /** The services that own events, with the CloudEvents {@code source} they publish as. */
    public enum Service {
        SISTER_CITY("sister-city-service"),
        TRAVEL("travel-service"),
        RECEPTION("reception-service"),
        PUBLICITY("publicity-service");

        private final String serviceName;

        Service(String serviceName) {
            this.serviceName = serviceName;
        }

        public String serviceName() {
            return serviceName;
        }

        public URI source() {
            return URI.create("/waishi/" + serviceName);
        }
    }

    private static final String SCHEMA_URN_PREFIX = "urn:waishi:schema:";
    private static final String SCHEMA_RESOURCE_FOLDER = "/io/waishi/contracts/schemas/";

    private final String typeName;
    private final Service owner;
    private final Topic topic;

    EventType(String typeName, Service owner, Topic topic) {
        this.typeName = typeName;
        this.owner = owner;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code waishi.travel.delegation.approved.v1}. */
    public String typeName() {
        return typeName;
    }

    public Service owner() {
        return owner;
    }

    public Topic topic() {
        return topic;
    }

    /** The CloudEvents {@code dataschema} attribute: a stable URN naming the schema in this module. */
    public URI dataSchema() {
        return URI.create(SCHEMA_URN_PREFIX + typeName);
    }

    /** Where the JSON Schema of this type's data lives on the classpath. */
    public String schemaResource() {
        return SCHEMA_RESOURCE_FOLDER + typeName + ".json";
    }

    public static Optional<EventType> byTypeName(String typeName) {
        for (EventType type : values()) {
            if (type.typeName.equals(typeName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
