package io.waishi.publicity.country;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;

/**
 * Where citizens and delegations abroad get help: China's embassy or a consulate in the country.
 *
 * @param website           may be null
 * @param emergencyHotline  the consular protection line, may be null
 */
public record ConsularContact(LocalizedText name, LocalizedText address, String phone, PublicWebAddress website,
        String emergencyHotline) {

    public ConsularContact {
        if (name == null) {
            throw new IllegalArgumentException("A consular contact needs the mission's name");
        }
        phone = blankToNull(phone);
        emergencyHotline = blankToNull(emergencyHotline);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
