package io.waishi.sistercity.relationship;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.sistercity.OfficeDay;
import io.waishi.sistercity.partner.AdministrativeLevel;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.partner.PartnerCity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The use cases on relationships: load, let the aggregate act with the partner city as registered now and
 * the city's own administrative level ({@code waishi.sister-city.own-level}), save.
 */
@Service
public class RelationshipService {

    private final Relationships relationships;
    private final PartnerCities partnerCities;
    private final AdministrativeLevel ownLevel;
    private final OfficeDay officeDay;
    private final Clock clock;

    RelationshipService(Relationships relationships, PartnerCities partnerCities,
            @Value("${waishi.sister-city.own-level:PREFECTURE_CITY}") AdministrativeLevel ownLevel,
            OfficeDay officeDay, Clock clock) {
        this.relationships = relationships;
        this.partnerCities = partnerCities;
        this.ownLevel = ownLevel;
        this.officeDay = officeDay;
        this.clock = clock;
    }

    private LocalDate today() {
        return officeDay.today();
    }

    public Relationship recordIntent(Actor officer, String partnerCityId, RelationshipKind kind,
            Set<CooperationField> fields, Signing intent) {
        Parties parties = parties(partnerCityId);
        return relationships.save(Relationship.recordIntent(UUID.randomUUID().toString(), officer, parties, kind,
                fields, intent, today(), clock.instant()));
    }

    public Relationship recordEstablished(Actor officer, String partnerCityId, RelationshipKind kind,
            Set<CooperationField> fields, Signing intent, Signing agreement, String nationalApproval) {
        Parties parties = parties(partnerCityId);
        return relationships.save(Relationship.recordEstablished(UUID.randomUUID().toString(), officer, parties,
                kind, fields, intent, agreement, nationalApproval, today(), clock.instant()));
    }

    public Relationship get(Actor actor, String id) {
        actor.require("read relationships", Relationship.READERS);
        return relationships.findById(id).orElseThrow(() -> new NotFoundException("Relationship", id));
    }

    public Page<Relationship> list(Actor actor, String partnerCityId, RelationshipStage stage, Pageable page) {
        actor.require("read relationships", Relationship.READERS);
        if (partnerCityId != null && stage != null) {
            return relationships.findByPartnerCityIdAndStage(partnerCityId, stage, page);
        }
        if (partnerCityId != null) {
            return relationships.findByPartnerCityId(partnerCityId, page);
        }
        return stage != null ? relationships.findByStage(stage, page) : relationships.findAll(page);
    }

    public Relationship startExchanges(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, relationship -> relationship.startExchanges(officer, note, clock.instant()));
    }

    public Relationship applyAs(Actor officer, String id, Long expectedVersion, RelationshipKind kind) {
        return act(officer, id, expectedVersion,
                relationship -> relationship.applyAs(officer, kind, parties(relationship.partnerCityId()),
                        clock.instant()));
    }

    public Relationship recordCityApproval(Actor director, String id, Long expectedVersion, String reference,
            String note) {
        return act(director, id, expectedVersion, relationship -> relationship.recordCityApproval(director,
                parties(relationship.partnerCityId()), reference, note, clock.instant()));
    }

    public Relationship recordProvincialReview(Actor director, String id, Long expectedVersion, String reference,
            String note) {
        return act(director, id, expectedVersion, relationship -> relationship.recordProvincialReview(director,
                parties(relationship.partnerCityId()), reference, note, clock.instant()));
    }

    public Relationship recordCpaffcApproval(Actor director, String id, Long expectedVersion, String reference,
            String note) {
        return act(director, id, expectedVersion, relationship -> relationship.recordCpaffcApproval(director,
                parties(relationship.partnerCityId()), reference, note, clock.instant()));
    }

    public Relationship signAgreement(Actor officer, String id, Long expectedVersion, Signing agreement,
            Set<CooperationField> fields, String reference) {
        return act(officer, id, expectedVersion, relationship -> relationship.signAgreement(officer,
                parties(relationship.partnerCityId()), agreement, fields, reference, today(), clock.instant()));
    }

    public Relationship activate(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, relationship -> relationship.activate(officer, note, clock.instant()));
    }

    public Relationship markDormant(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, relationship -> relationship.markDormant(officer, note, clock.instant()));
    }

    public Relationship revive(Actor officer, String id, Long expectedVersion, String note) {
        return act(officer, id, expectedVersion, relationship -> relationship.revive(officer, note, clock.instant()));
    }

    public Relationship terminate(Actor actor, String id, Long expectedVersion, String reason, String reference) {
        return act(actor, id, expectedVersion,
                relationship -> relationship.terminate(actor, reason, reference, clock.instant()));
    }

    /** The partner as registered now; an unknown partner is a broken rule of the request, not a missing page. */
    private Parties parties(String partnerCityId) {
        PartnerCity partner = partnerCities.findById(partnerCityId).orElseThrow(() -> new RuleViolationException(
                List.of(RuleViolation.of("PARTNER_CITY_UNKNOWN", "partnerCityId", Map.of("partnerCityId", partnerCityId)))));
        return new Parties(ownLevel, partner);
    }

    private Relationship act(Actor actor, String id, Long expectedVersion, Consumer<Relationship> act) {
        return Commands.onCurrentVersion(() -> get(actor, id), expectedVersion, act, relationships::save);
    }
}
