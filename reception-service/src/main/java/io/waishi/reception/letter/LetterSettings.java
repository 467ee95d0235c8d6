package io.waishi.reception.letter;

import io.waishi.platform.domain.LocalizedText;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What every visa invitation letter states about the office, under {@code waishi.reception.letters}. The
 * defaults are the seed city's office with placeholder contact data: set the real contact in production.
 *
 * @param numberPrefix   letter numbers read {@code <prefix>-<year>-<sequence>}, e.g. {@code TCFAO-2027-0001}
 * @param issuingUnitZh  the authorised unit that issues the letters (被授权单位), in Chinese
 * @param issuingUnitEn  the same, in English
 * @param contactPerson  who the embassy or consulate calls about a letter
 * @param contactPhone   their telephone
 * @param contactEmail   their e-mail
 * @param placesZh       the places the guests visit, when the issuing request names none, in Chinese
 * @param placesEn       the same, in English
 */
@ConfigurationProperties("waishi.reception.letters")
public record LetterSettings(String numberPrefix, String issuingUnitZh, String issuingUnitEn,
        String contactPerson, String contactPhone, String contactEmail, String placesZh, String placesEn) {

    public LetterSettings {
        numberPrefix = or(numberPrefix, "TCFAO");
        if (!numberPrefix.matches("[A-Z0-9]{1,16}")) {
            throw new IllegalArgumentException("waishi.reception.letters.number-prefix must be 1-16 capitals or digits");
        }
        issuingUnitZh = or(issuingUnitZh, "铜川市人民政府外事办公室");
        issuingUnitEn = or(issuingUnitEn, "Foreign Affairs Office of Tongchuan Municipal People's Government");
        contactPerson = or(contactPerson, "接待科 Reception Section");
        contactPhone = or(contactPhone, "+86 919 000 0000");
        contactEmail = or(contactEmail, "reception@fao.example.gov.cn");
        placesZh = or(placesZh, "陕西省铜川市");
        placesEn = or(placesEn, "Tongchuan, Shaanxi Province");
    }

    public static LetterSettings defaults() {
        return new LetterSettings(null, null, null, null, null, null, null, null);
    }

    public LocalizedText issuingUnit() {
        return LocalizedText.of(issuingUnitZh, issuingUnitEn);
    }

    public LocalizedText defaultPlaces() {
        return LocalizedText.of(placesZh, placesEn);
    }

    /** The contact the letter gives, one line. */
    public String contact() {
        return contactPerson + ", " + contactPhone + ", " + contactEmail;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
