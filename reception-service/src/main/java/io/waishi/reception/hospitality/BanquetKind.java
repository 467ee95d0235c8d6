package io.waishi.reception.hospitality;

import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.policy.ReceptionPolicy;

/**
 * The kinds of meal the office hosts for foreign guests (RULES.md §3, S18), each with its cost per head. Only
 * a formal {@link #BANQUET} (宴请) counts towards {@code banquetsPerStay}: the rule limits banquets, while
 * buffets, cocktail receptions and tea parties have their own, lower per-head standards and no count.
 */
public enum BanquetKind {
    /** A formal banquet: RMB 400 per head with a minister or vice-minister hosting, 300 with a host below. */
    BANQUET,
    /** A buffet (自助餐). */
    BUFFET,
    /** A cocktail reception (酒会). */
    COCKTAIL,
    /** A tea party (茶会). */
    TEA_PARTY;

    /** Whether a meal of this kind counts towards the banquets per stay. */
    public boolean countsAsBanquet() {
        return this == BANQUET;
    }

    /** The cost per head allowed for this kind with a host of {@code hostRank}. */
    public Cap capPerHead(RankLevel hostRank, ReceptionPolicy policy) {
        return switch (this) {
            case BANQUET -> hostRank.ministerial()
                    ? new Cap("BANQUET_PER_HEAD_MINISTERIAL", policy.banquetPerHeadMinisterial())
                    : new Cap("BANQUET_PER_HEAD_BUREAU", policy.banquetPerHeadBureau());
            case BUFFET -> new Cap("BUFFET_PER_HEAD", policy.buffetPerHead());
            case COCKTAIL -> new Cap("COCKTAIL_PER_HEAD", policy.cocktailPerHead());
            case TEA_PARTY -> new Cap("TEA_PARTY_PER_HEAD", policy.teaPartyPerHead());
        };
    }
}
