package io.waishi.reception.letter;

import io.waishi.reception.guest.PassportData;
import java.time.LocalDate;
import java.util.List;

/**
 * A letter as printed: its invitees' passports opened. For the reception officer's eyes only; never logged.
 *
 * @param issuedOn the day of issue in the office's zone
 */
public record LetterDocument(String number, LocalDate issuedOn, String issuingPost, LetterFacts facts,
        List<OpenInvitee> invitees) {

    /** An invitee with the passport in plain text. */
    public record OpenInvitee(String nativeName, String latinName, String title, String organisation,
            PassportData passport) {
    }
}
