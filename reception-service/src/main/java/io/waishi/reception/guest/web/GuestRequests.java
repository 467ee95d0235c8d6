package io.waishi.reception.guest.web;

import io.waishi.reception.guest.Guest;
import io.waishi.reception.guest.GuestList;
import io.waishi.reception.guest.GuestListChange;
import io.waishi.reception.guest.GuestProfile;
import io.waishi.reception.guest.Party;
import io.waishi.reception.guest.PassportData;
import io.waishi.reception.guest.SealedPassport;
import io.waishi.reception.guest.SeatingOrder;
import io.waishi.reception.policy.RankLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the guest and precedence API. The passport number and the date of birth carry no
 * validation annotations on purpose: a rejected value would be echoed in the 400 problem; the domain checks
 * them with messages that never repeat them.
 */
final class GuestRequests {

    private GuestRequests() {
    }

    static final String RANKS = "MINISTER|VICE_MINISTER|BUREAU|DIVISION|OTHER";
    static final String RANK_MESSAGE = "must be MINISTER, VICE_MINISTER, BUREAU, DIVISION or OTHER";

    record GuestRequest(
            @Size(max = 200) String nativeName,
            @Size(max = 200) String latinName,
            @Size(max = 200) String title,
            @Size(max = 200) String organisation,
            @NotNull(message = "must give the guest's country")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String country,
            @NotNull(message = RANK_MESSAGE) @Pattern(regexp = RANKS, message = RANK_MESSAGE) String rank,
            LocalDate rankSince,
            Boolean serving,
            Boolean headOfDelegation,
            @Size(max = 64) String spouseOf,
            @Size(max = 500) String dietaryNeeds,
            @Size(max = 500) String religiousNeeds,
            Boolean firstVisitToCity,
            @Valid PassportRequest passport) {

        GuestProfile toProfile() {
            return new GuestProfile(nativeName, latinName, title, organisation, country, RankLevel.valueOf(rank),
                    rankSince, !Boolean.FALSE.equals(serving), Boolean.TRUE.equals(headOfDelegation), spouseOf,
                    dietaryNeeds, religiousNeeds, Boolean.TRUE.equals(firstVisitToCity));
        }

        PassportData toPassport() {
            return passport == null ? null : passport.toDomain();
        }
    }

    /**
     * @param number      checked by the domain, never echoed
     * @param dateOfBirth ISO date as text, parsed here so that a malformed one is neither echoed nor logged
     */
    record PassportRequest(
            String number,
            String dateOfBirth,
            @NotNull(message = "must give the passport's nationality")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String nationality,
            @NotNull(message = "must give the passport's expiry date") LocalDate expiryDate,
            @Size(max = 200) String issuingPost) {

        @Override
        public String toString() {
            return "PassportRequest[nationality=" + nationality + ", issuingPost=" + issuingPost + "]";
        }

        PassportData toDomain() {
            LocalDate born;
            try {
                born = dateOfBirth == null ? null : LocalDate.parse(dateOfBirth.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("passport.dateOfBirth must be a date (yyyy-MM-dd)");
            }
            return new PassportData(number, born, nationality, expiryDate, issuingPost);
        }
    }

    /**
     * What the office shows of a passport: everything to reception officers, to everyone else only the masked
     * number and no date of birth.
     */
    record PassportView(String number, boolean masked, LocalDate dateOfBirth, String nationality,
            LocalDate expiryDate, String issuingPost) {

        static PassportView opened(PassportData passport) {
            return new PassportView(passport.number(), false, passport.dateOfBirth(), passport.nationality(),
                    passport.expiryDate(), passport.issuingPost());
        }

        static PassportView masked(SealedPassport passport) {
            return new PassportView(passport.maskedNumber(), true, null, passport.nationality(),
                    passport.expiryDate(), passport.issuingPost());
        }
    }

    record GuestView(String id, String nativeName, String latinName, String title, String organisation,
            String country, RankLevel rank, LocalDate rankSince, boolean serving, boolean headOfDelegation,
            String spouseOf, String dietaryNeeds, String religiousNeeds, boolean firstVisitToCity,
            boolean needsVisaLetter, PassportView passport) {

        static GuestView of(Guest guest, PassportData opened) {
            GuestProfile p = guest.profile();
            PassportView passport = guest.passport() == null ? null
                    : opened != null ? PassportView.opened(opened) : PassportView.masked(guest.passport());
            return new GuestView(guest.id(), p.nativeName(), p.latinName(), p.title(), p.organisation(), p.country(),
                    p.rank(), p.rankSince(), p.serving(), p.headOfDelegation(), p.spouseOf(), p.dietaryNeeds(),
                    p.religiousNeeds(), p.firstVisitToCity(), guest.needsVisaLetter(), passport);
        }
    }

    record GuestListView(String visitId, List<GuestView> guests, List<GuestListChange> changes, long version) {
    }

    record HostRequest(
            @NotBlank(message = "must give the host's name") @Size(max = 200) String name,
            @Size(max = 200) String title,
            @NotNull(message = RANK_MESSAGE) @Pattern(regexp = RANKS, message = RANK_MESSAGE) String rank,
            LocalDate rankSince,
            Boolean serving,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String country) {
    }

    /**
     * @param hosts    the host side at the meeting or banquet
     * @param guestIds the guests attending; all guests of the visit when absent or empty
     */
    record PrecedenceRequest(
            @NotNull(message = "must list the hosts") @Size(max = 100) List<@NotNull @Valid HostRequest> hosts,
            @Size(max = 1000) List<@NotBlank String> guestIds) {

        List<Party> hostParties() {
            List<Party> parties = new ArrayList<>();
            for (int i = 0; i < hosts.size(); i++) {
                HostRequest host = hosts.get(i);
                parties.add(new Party("host-" + (i + 1), host.name().strip(), host.country() == null ? "CN" : host.country(),
                        RankLevel.valueOf(host.rank()), host.rankSince(), !Boolean.FALSE.equals(host.serving()), null));
            }
            return parties;
        }
    }

    /** One place in the order of precedence; {@code position} counts from 1. */
    record Seat(int position, String ref, String name, String title, String organisation, String country,
            RankLevel rank, LocalDate rankSince, boolean serving, boolean headOfDelegation, String spouseOf) {
    }

    record SeatingOrderView(String visitId, boolean multilateral, List<Seat> guests, List<Seat> hosts) {

        static SeatingOrderView of(String visitId, SeatingOrder order, GuestList list, PrecedenceRequest request) {
            Map<String, HostRequest> hosts = new HashMap<>();
            for (int i = 0; i < request.hosts().size(); i++) {
                hosts.put("host-" + (i + 1), request.hosts().get(i));
            }
            List<Seat> guestSeats = new ArrayList<>();
            for (Party party : order.guests()) {
                GuestProfile p = list.guest(party.ref()).orElseThrow().profile();
                guestSeats.add(new Seat(guestSeats.size() + 1, party.ref(), party.name(), p.title(), p.organisation(),
                        party.country(), party.rank(), party.rankSince(), party.serving(), p.headOfDelegation(),
                        party.spouseOf()));
            }
            List<Seat> hostSeats = new ArrayList<>();
            for (Party party : order.hosts()) {
                hostSeats.add(new Seat(hostSeats.size() + 1, party.ref(), party.name(), hosts.get(party.ref()).title(),
                        null, party.country(), party.rank(), party.rankSince(), party.serving(), false, null));
            }
            return new SeatingOrderView(visitId, order.multilateral(), guestSeats, hostSeats);
        }
    }
}
