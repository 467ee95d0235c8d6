package io.waishi.travel.passport.web;

import io.waishi.travel.delegation.RankLevel;
import io.waishi.travel.passport.CustodyChange;
import io.waishi.travel.passport.CustodyState;
import io.waishi.travel.passport.Holder;
import io.waishi.travel.passport.Loan;
import io.waishi.travel.passport.OverdueAlertStage;
import io.waishi.travel.passport.Passport;
import io.waishi.travel.passport.PassportNumber;
import io.waishi.travel.passport.PassportType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the passport register API. Clients never send ids, states or audit fields. The number
 * goes out in full only to passport officers; everyone else, and every list, gets it masked.
 */
final class PassportRequests {

    private PassportRequests() {
    }

    static final String PERSON_ID_MESSAGE = "must be 1 to 40 letters, digits or hyphens";

    record RegisterPassport(
            @NotNull @Pattern(regexp = Holder.PERSON_ID_PATTERN, message = PERSON_ID_MESSAGE) String personId,
            @NotBlank @Size(max = 100) String holderName,
            @NotBlank @Size(max = 60) String holderUnit,
            @NotNull RankLevel rank,
            @NotNull PassportType type,
            @NotNull @Pattern(regexp = PassportNumber.PATTERN, message = "must be 6 to 12 upper-case letters and digits")
            String number,
            @NotNull LocalDate issuedOn,
            @NotNull LocalDate expiresOn) {

        Holder holder() {
            return new Holder(personId, holderName, holderUnit, rank);
        }

        PassportNumber passportNumber() {
            return new PassportNumber(number);
        }
    }

    /** @param returnedOn the day it came back; today when absent */
    record ReturnRequest(LocalDate returnedOn) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** One passport as the caller may see it; {@code numberMasked} says whether {@code number} is masked. */
    record PassportView(String id, String personId, String holderName, String holderUnit, RankLevel rank,
            PassportType type, String number, boolean numberMasked, LocalDate issuedOn, LocalDate expiresOn,
            boolean valid, CustodyState state, Loan currentLoan, long daysOverdue, OverdueAlertStage overdueAlertStage,
            List<Loan> pastLoans, String cancellationReason, String registeredBy, Instant registeredAt,
            List<CustodyChange> history, long version) {

        static PassportView of(Passport passport, boolean fullNumber, LocalDate today) {
            return new PassportView(passport.id(), passport.holder().personId(), passport.holder().name(),
                    passport.holder().unit(), passport.holder().rank(), passport.type(),
                    fullNumber ? passport.number().value() : passport.number().masked(), !fullNumber,
                    passport.issuedOn(), passport.expiresOn(), passport.isValidOn(today), passport.state(),
                    passport.currentLoan().orElse(null), passport.daysOverdue(today), passport.overdueAlertStage(),
                    passport.pastLoans(), passport.cancellationReason().orElse(null), passport.registeredBy(),
                    passport.registeredAt(), passport.history(), passport.version() == null ? 0 : passport.version());
        }
    }

    /** A passport in a list: the number always masked. */
    record PassportSummary(String id, String personId, String holderName, String holderUnit, RankLevel rank,
            PassportType type, String number, LocalDate expiresOn, boolean valid, CustodyState state,
            Loan currentLoan, long daysOverdue) {

        static PassportSummary of(Passport passport, LocalDate today) {
            return new PassportSummary(passport.id(), passport.holder().personId(), passport.holder().name(),
                    passport.holder().unit(), passport.holder().rank(), passport.type(), passport.number().masked(),
                    passport.expiresOn(), passport.isValidOn(today), passport.state(),
                    passport.currentLoan().orElse(null), passport.daysOverdue(today));
        }
    }
}
