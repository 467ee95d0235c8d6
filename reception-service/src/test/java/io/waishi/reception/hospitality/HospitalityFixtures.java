package io.waishi.reception.hospitality;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitFixtures;
import io.waishi.reception.visit.VisitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Test fixtures: visits in a state and hospitality entries. VisitFixtures is package-private to the visit
 * package, so visits are walked here the same way, through the visit's public acts.
 */
final class HospitalityFixtures {

    static final Instant NOW = Instant.parse("2027-06-16T02:00:00Z");
    static final LocalDate JUNE_16 = LocalDate.of(2027, 6, 16);
    static final Actor RECEPTION_OFFICER = Actor.of("zhou.reception", null, Role.RECEPTION_OFFICER);
    static final Actor FAO_OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final Actor AUDITOR = Actor.of("audrey.auditor", null, Role.AUDITOR);
    static final ReceptionPolicy POLICY = ReceptionPolicy.defaults();

    private static int entries;

    private HospitalityFixtures() {
    }

    /** A visit in {@code state}, walked along the main line from its request. */
    static Visit visitIn(VisitStatus state) {
        return VisitFixtures.inState(state);
    }

    /** The hospitality of a visit in progress: approved and open. */
    static Hospitality inProgress() {
        return Hospitality.of(UUID.randomUUID().toString());
    }

    static String entryId() {
        return "e-" + (++entries);
    }

    static Banquet banquet(BanquetKind kind, RankLevel hostRank, String costPerHead) {
        return new Banquet(entryId(), kind, JUNE_16, "王市长", hostRank, 12, new BigDecimal(costPerHead), null, null);
    }

    static Banquet banquet() {
        return banquet(BanquetKind.BANQUET, RankLevel.BUREAU, "280");
    }

    static GiftGiven gift(String guestId, RecipientRole role, RankLevel recipientRank, RankLevel giverRank,
            String value) {
        return new GiftGiven(entryId(), guestId, role, recipientRank, giverRank, new BigDecimal(value), false, false,
                "景泰蓝花瓶", JUNE_16, null, null);
    }

    static GiftGiven gift(String value) {
        return gift("guest-1", RecipientRole.HEAD_OF_DELEGATION, RankLevel.BUREAU, RankLevel.BUREAU, value);
    }

    static GiftGiven firstVisitGift(boolean inReturn) {
        return new GiftGiven(entryId(), "guest-9", RecipientRole.HEAD_OF_DELEGATION, RankLevel.BUREAU,
                RankLevel.BUREAU, new BigDecimal("150"), true, inReturn, null, null, null, null);
    }

    static GiftReceived received(String value, LocalDate on) {
        return new GiftReceived(entryId(), "Kim Min-su, Bonghwa County", "李秘书", new BigDecimal(value), on,
                "青瓷茶具", null, null, null);
    }
}
