package io.waishi.travel.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.travel.TravelServiceTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The read model of the partners' relationships on the Mongo wire server: in order, once, never backwards. */
@TravelServiceTest
class PartnerRelationshipsIT {

    private static final Instant MARCH = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-11T01:00:00Z");

    @Autowired
    PartnerRelationships relationships;

    private final String partner = UUID.randomUUID().toString();
    private final String relationship = UUID.randomUUID().toString();

    private RelationshipStageChange change(String eventId, String stage, String reference, Instant at) {
        return new RelationshipStageChange(eventId, relationship, partner, "SISTER_CITY", stage, reference, at);
    }

    @Test
    void theProvincesReviewIsNotANationalApprovalCpaffcsIsAndKeepsItsReference() {
        assertThat(relationships.apply(change(UUID.randomUUID().toString(), "PROVINCE_REVIEWED", "PROV-2026-3", MARCH)))
                .isTrue();
        assertThat(relationships.standingWith(partner)).hasValueSatisfying(standing -> {
            assertThat(standing.stage()).isEqualTo("PROVINCE_REVIEWED");
            assertThat(standing.nationallyApproved()).isFalse();
            assertThat(standing.cpaffcReference()).isNull();
        });
        relationships.apply(change(UUID.randomUUID().toString(), "CPAFFC_APPROVED", "CPAFFC-2026-17", MAY));
        relationships.apply(change(UUID.randomUUID().toString(), "AGREEMENT_SIGNED", "AGR-2026-1",
                MAY.plusSeconds(86_400)));
        assertThat(relationships.standingWith(partner)).hasValueSatisfying(standing -> {
            assertThat(standing.stage()).isEqualTo("AGREEMENT_SIGNED");
            assertThat(standing.nationallyApproved()).isTrue();
            assertThat(standing.cpaffcReference()).as("the agreement's reference is not CPAFFC's").isEqualTo("CPAFFC-2026-17");
        });
    }

    @Test
    void aRedeliveredAnnouncementChangesNothing() {
        String eventId = UUID.randomUUID().toString();
        assertThat(relationships.apply(change(eventId, "CPAFFC_APPROVED", "CPAFFC-2026-17", MAY))).isTrue();
        assertThat(relationships.apply(change(eventId, "CPAFFC_APPROVED", "CPAFFC-2026-17", MAY))).isFalse();
        assertThat(relationships.with(partner)).singleElement()
                .satisfies(standing -> assertThat(standing.lastEventId()).isEqualTo(eventId));
    }

    @Test
    void anOlderAnnouncementArrivingLateDoesNotOverwriteTheNewerStage() {
        String newer = UUID.randomUUID().toString();
        relationships.apply(change(newer, "CPAFFC_APPROVED", "CPAFFC-2026-17", MAY));
        assertThat(relationships.apply(change(UUID.randomUUID().toString(), "PROVINCE_REVIEWED", null, MARCH)))
                .isFalse();
        assertThat(relationships.standingWith(partner)).hasValueSatisfying(standing -> {
            assertThat(standing.stage()).isEqualTo("CPAFFC_APPROVED");
            assertThat(standing.nationallyApproved()).isTrue();
            assertThat(standing.lastEventId()).isEqualTo(newer);
        });
    }

    @Test
    void aTerminatedRelationshipNoLongerCountsButALaterApprovedOneWithThePartnerDoes() {
        relationships.apply(change(UUID.randomUUID().toString(), "ACTIVE", null, MARCH));
        relationships.apply(change(UUID.randomUUID().toString(), "TERMINATED", null, MAY));
        assertThat(relationships.standingWith(partner)).hasValueSatisfying(standing -> {
            assertThat(standing.stage()).isEqualTo("TERMINATED");
            assertThat(standing.nationallyApproved()).isFalse();
        });
        String cooperation = UUID.randomUUID().toString();
        relationships.apply(new RelationshipStageChange(UUID.randomUUID().toString(), cooperation, partner,
                "FRIENDLY_COOPERATION", "INTENT_SIGNED", null, MAY.plusSeconds(3600)));
        assertThat(relationships.standingWith(partner)).hasValueSatisfying(standing -> {
            assertThat(standing.id()).as("the latest change when none is approved").isEqualTo(cooperation);
            assertThat(standing.nationallyApproved()).isFalse();
        });
        relationships.apply(new RelationshipStageChange(UUID.randomUUID().toString(), cooperation, partner,
                "FRIENDLY_COOPERATION", "CPAFFC_APPROVED", "CPAFFC-2026-40", MAY.plusSeconds(7200)));
        relationships.apply(new RelationshipStageChange(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                partner, "LETTER_OF_INTENT", "EXCHANGING", null, MAY.plusSeconds(9000)));
        assertThat(relationships.standingWith(partner)).hasValueSatisfying(standing -> {
            assertThat(standing.id()).as("an approved relationship counts first").isEqualTo(cooperation);
            assertThat(standing.nationallyApproved()).isTrue();
        });
        assertThat(relationships.standingWith(UUID.randomUUID().toString())).isEmpty();
    }
}
