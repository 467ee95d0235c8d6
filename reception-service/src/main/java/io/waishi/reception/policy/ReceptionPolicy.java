package io.waishi.reception.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reception rules' numbers (RULES.md §3), each a policy parameter under {@code waishi.reception.policy}
 * with the value of its source as default. Amounts are in yuan (CNY); all must be positive.
 *
 * @param hostedDaysWithoutReciprocity hosted days, arrival and departure included, without a reciprocity
 *                                     agreement (S19)
 * @param banquetsPerStay              banquets per visit (S18)
 * @param banquetPerHeadMinisterial    banquet per head with a minister or vice-minister hosting (S18)
 * @param banquetPerHeadBureau         banquet per head with a host at bureau level or below (S18)
 * @param buffetPerHead                buffet per head (S18)
 * @param cocktailPerHead              cocktail reception per head (S18)
 * @param teaPartyPerHead              tea party per head (S18)
 * @param giftCapMinisterial           gift value when giver or receiver is ministerial (S18b)
 * @param giftCapBureau                gift value at bureau level and below (S18b)
 * @param giftDeclarationThreshold     a gift received at or above this value is declared and handed in (S20)
 * @param giftDeclarationMonths        within this many months of receipt (S20)
 */
@ConfigurationProperties("waishi.reception.policy")
public record ReceptionPolicy(Integer hostedDaysWithoutReciprocity, Integer banquetsPerStay,
        Integer banquetPerHeadMinisterial, Integer banquetPerHeadBureau, Integer buffetPerHead,
        Integer cocktailPerHead, Integer teaPartyPerHead, Integer giftCapMinisterial, Integer giftCapBureau,
        Integer giftDeclarationThreshold, Integer giftDeclarationMonths) {

    public ReceptionPolicy {
        hostedDaysWithoutReciprocity = positive("hosted-days-without-reciprocity", hostedDaysWithoutReciprocity, 5);
        banquetsPerStay = positive("banquets-per-stay", banquetsPerStay, 2);
        banquetPerHeadMinisterial = positive("banquet-per-head-ministerial", banquetPerHeadMinisterial, 400);
        banquetPerHeadBureau = positive("banquet-per-head-bureau", banquetPerHeadBureau, 300);
        buffetPerHead = positive("buffet-per-head", buffetPerHead, 150);
        cocktailPerHead = positive("cocktail-per-head", cocktailPerHead, 100);
        teaPartyPerHead = positive("tea-party-per-head", teaPartyPerHead, 60);
        giftCapMinisterial = positive("gift-cap-ministerial", giftCapMinisterial, 400);
        giftCapBureau = positive("gift-cap-bureau", giftCapBureau, 200);
        giftDeclarationThreshold = positive("gift-declaration-threshold", giftDeclarationThreshold, 200);
        giftDeclarationMonths = positive("gift-declaration-months", giftDeclarationMonths, 1);
    }

    /** The defaults of RULES.md §3, for tests and tools. */
    public static ReceptionPolicy defaults() {
        return new ReceptionPolicy(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static int positive(String name, Integer value, int fallback) {
        int chosen = value == null ? fallback : value;
        if (chosen < 1) {
            throw new IllegalArgumentException("waishi.reception.policy." + name + " must be positive: " + chosen);
        }
        return chosen;
    }
}
