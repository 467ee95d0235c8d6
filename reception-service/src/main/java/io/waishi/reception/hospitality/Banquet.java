package io.waishi.reception.hospitality;

import io.waishi.reception.policy.RankLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A meal the office hosts for the guests: its kind, day, host (name and rank: the rank sets the banquet cap),
 * how many sit down and the cost per head in yuan.
 *
 * @param entryId        the entry's id within the visit's hospitality
 * @param headcount      everyone at the table, hosts and guests
 * @param costPerHeadYuan what one cover costs, in yuan
 */
public record Banquet(String entryId, BanquetKind kind, LocalDate date, String hostName, RankLevel hostRank,
        int headcount, BigDecimal costPerHeadYuan, String recordedBy, Instant recordedAt) {

    public Banquet {
        Amounts.requireId(entryId);
        if (kind == null) {
            throw new IllegalArgumentException("A banquet needs its kind");
        }
        if (date == null) {
            throw new IllegalArgumentException("A banquet needs its date");
        }
        hostName = Amounts.requireText(hostName, "A banquet needs the host's name");
        if (hostRank == null) {
            throw new IllegalArgumentException("A banquet needs the host's rank");
        }
        if (headcount < 1) {
            throw new IllegalArgumentException("A banquet needs at least one person at the table, not " + headcount);
        }
        Amounts.requireYuan(costPerHeadYuan, "The cost per head");
    }

    /** What the meal costs in all. */
    public BigDecimal totalYuan() {
        return costPerHeadYuan.multiply(BigDecimal.valueOf(headcount));
    }

    /** The same entry, stamped with who recorded it and when. */
    Banquet stamped(String userId, Instant at) {
        return new Banquet(entryId, kind, date, hostName, hostRank, headcount, costPerHeadYuan, userId, at);
    }
}
