package io.waishi.reception.guest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A guest's passport as the visa invitation letter needs it (RULES.md §3, S38). Plain personal data: it lives
 * only in memory; what is stored is its {@link SealedPassport}. Error messages and {@link #toString()} never
 * show the number or the date of birth.
 *
 * @param number      the passport number
 * @param dateOfBirth the holder's date of birth
 * @param nationality the nationality the passport states (ISO 3166-1 alpha-2)
 * @param expiryDate  the last day the passport is valid
 * @param issuingPost the Chinese embassy or consulate where the guest applies for the visa; null when the guest
 *                    needs no visa letter (visa-free, or a visa already held)
 */
public record PassportData(String number, LocalDate dateOfBirth, String nationality, LocalDate expiryDate,
        String issuingPost) {

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public PassportData {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("A passport needs its number");
        }
        number = number.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("A passport number has 5 to 20 letters and digits");
        }
        if (dateOfBirth == null) {
            throw new IllegalArgumentException("A passport needs the holder's date of birth");
        }
        if (nationality == null || !ISO_COUNTRIES.contains(nationality)) {
            throw new IllegalArgumentException("A passport's nationality is an ISO 3166 country code");
        }
        if (expiryDate == null) {
            throw new IllegalArgumentException("A passport needs its expiry date");
        }
        if (!expiryDate.isAfter(dateOfBirth)) {
            throw new IllegalArgumentException("A passport expires after its holder's birth");
        }
        if (issuingPost != null) {
            issuingPost = issuingPost.strip();
            if (issuingPost.isEmpty()) {
                issuingPost = null;
            }
        }
    }

    /** Whether the guest applies for a visa and so needs an invitation letter. */
    public boolean needsVisaLetter() {
        return issuingPost != null;
    }

    /** The number as others see it: the first character and the last four, e.g. {@code E****5678}. */
    public String maskedNumber() {
        return mask(number);
    }

    static String mask(String number) {
        if (number.length() < 8) {
            return number.charAt(0) + "****";
        }
        return number.charAt(0) + "****" + number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "PassportData[number=" + maskedNumber() + ", nationality=" + nationality + ", expiryDate="
                + expiryDate + ", issuingPost=" + issuingPost + "]";
    }
}
