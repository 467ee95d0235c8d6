package io.waishi.travel.delegation;

import java.util.Locale;
import java.util.Set;

/**
 * Country codes and the regions the travel rules single out. Geography, not policy: the extra day for
 * Latin America and Africa is a policy parameter, which countries lie there is not.
 */
public final class Countries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** Africa (ISO 3166-1 alpha-2), including its island states. */
    static final Set<String> AFRICA = Set.of("DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM",
            "CG", "CD", "CI", "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
            "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO",
            "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW", "EH");

    /** Latin America and the Caribbean. */
    static final Set<String> LATIN_AMERICA = Set.of("AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR",
            "UY", "VE", "BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "AG", "BS", "BB", "CU", "DM", "DO", "GD",
            "HT", "JM", "KN", "LC", "VC", "TT");

    private Countries() {
    }

    public static String requireIso(String code) {
        if (code == null || !ISO.contains(code)) {
            throw new IllegalArgumentException("Not an ISO 3166 country code: " + code);
        }
        return code;
    }

    public static boolean inLatinAmericaOrAfrica(String code) {
        return AFRICA.contains(code) || LATIN_AMERICA.contains(code);
    }
}
