package io.waishi.reception.guest;

import java.time.LocalDate;

/**
 * A passport as stored: the number and the date of birth sealed (encrypted), next to the masked number others
 * may see and the facts that are not personal data in the sense of DESIGN.md §7.
 *
 * @param sealedNumber      the passport number, sealed
 * @param sealedDateOfBirth the date of birth (ISO text), sealed
 * @param maskedNumber      the first character and the last four of the number
 * @param nationality       ISO 3166-1 alpha-2
 * @param expiryDate        the last day the passport is valid
 * @param issuingPost       the embassy or consulate where the guest applies for the visa, or null
 */
public record SealedPassport(String sealedNumber, String sealedDateOfBirth, String maskedNumber, String nationality,
        LocalDate expiryDate, String issuingPost) {

    public static SealedPassport seal(PassportData passport, PersonalDataSeal seal) {
        return new SealedPassport(seal.seal(passport.number()), seal.seal(passport.dateOfBirth().toString()),
                passport.maskedNumber(), passport.nationality(), passport.expiryDate(), passport.issuingPost());
    }

    /** The plain passport, for the reception officer and the visa letters only. */
    public PassportData open(PersonalDataSeal seal) {
        return new PassportData(seal.open(sealedNumber), LocalDate.parse(seal.open(sealedDateOfBirth)), nationality,
                expiryDate, issuingPost);
    }

    public boolean needsVisaLetter() {
        return issuingPost != null;
    }

    @Override
    public String toString() {
        return "SealedPassport[maskedNumber=" + maskedNumber + ", nationality=" + nationality + ", issuingPost="
                + issuingPost + "]";
    }
}
