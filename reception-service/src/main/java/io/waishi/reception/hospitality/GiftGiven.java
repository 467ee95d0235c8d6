package io.waishi.reception.hospitality;

import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.policy.ReceptionPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A gift the host unit gives a guest. The guest is named by reference only ({@code guestId}, an entry of the
 * guest list, which is personal data and lives apart).
 *
 * @param guestId       the guest it goes to; one gift per guest per visit
 * @param recipientRole the guest's role in the delegation
 * @param recipientRank the guest's rank
 * @param giverRank     the rank of whoever gives it on the city's side
 * @param firstVisit    whether the guest visits the city for the first time
 * @param inReturn      whether it returns a gift the guest gave
 * @param givenOn       the day it is given, when known
 */
public record GiftGiven(String entryId, String guestId, RecipientRole recipientRole, RankLevel recipientRank,
        RankLevel giverRank, BigDecimal valueYuan, boolean firstVisit, boolean inReturn, String description,
        LocalDate givenOn, String recordedBy, Instant recordedAt) {

    public GiftGiven {
        Amounts.requireId(entryId);
        guestId = Amounts.requireText(guestId, "A gift names the guest it goes to");
        if (recipientRole == null || recipientRank == null || giverRank == null) {
            throw new IllegalArgumentException("A gift needs the recipient's role and rank and the giver's rank");
        }
        Amounts.requireYuan(valueYuan, "The gift's value");
        description = Amounts.blankToNull(description);
    }

    /** The gift value cap (S18b): the ministerial one when giver or receiver is ministerial, else the bureau one. */
    public static Cap cap(RankLevel giverRank, RankLevel recipientRank, ReceptionPolicy policy) {
        return giverRank.ministerial() || recipientRank.ministerial()
                ? new Cap("GIFT_CAP_MINISTERIAL", policy.giftCapMinisterial())
                : new Cap("GIFT_CAP_BUREAU", policy.giftCapBureau());
    }

    /** The same gift with the recipient's role and first visit as the guest list has them. */
    GiftGiven asListed(RecipientRole role, boolean firstVisitToCity) {
        return new GiftGiven(entryId, guestId, role, recipientRank, giverRank, valueYuan, firstVisitToCity, inReturn,
                description, givenOn, recordedBy, recordedAt);
    }

    /** The same entry, stamped with who recorded it and when. */
    GiftGiven stamped(String userId, Instant at) {
        return new GiftGiven(entryId, guestId, recipientRole, recipientRank, giverRank, valueYuan, firstVisit, inReturn,
                description, givenOn, userId, at);
    }
}
