package io.waishi.travel.partner;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The city's relationship with a partner city as sister-city-service last announced it: travel keeps only
 * what its rules need, one document per relationship, so a partner with several relationships over time
 * (an intent, later a sister-city relationship) is asked as a whole.
 *
 * @param id                 the relationship's id in sister-city-service
 * @param stage              the stage on its approval path (INTENT_SIGNED … ACTIVE, DORMANT, TERMINATED)
 * @param nationallyApproved CPAFFC (全国对外友协) has approved it and it has not ended (S11, S13)
 * @param cpaffcReference    the reference of CPAFFC's approval, when its announcement carried one
 * @param changedAt          when the stage last applied changed: an older announcement never overwrites it
 * @param lastEventId        the announcement last applied, so a redelivered one changes nothing
 */
@Document("partner_relationships")
public record PartnerRelationship(@Id String id, String partnerCityId, String kind, String stage,
        boolean nationallyApproved, String cpaffcReference, Instant changedAt, String lastEventId) {

    public static final String CPAFFC_APPROVED = "CPAFFC_APPROVED";

    /** The stages at which CPAFFC's approval stands: approved, and every stage after it but the end. */
    private static final Set<String> NATIONALLY_APPROVED = Set.of(CPAFFC_APPROVED, "AGREEMENT_SIGNED", "ACTIVE",
            "DORMANT");

    public static boolean isNationallyApproved(String stage) {
        return NATIONALLY_APPROVED.contains(stage);
    }
}
