package io.waishi.travel.delegation.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.travel.delegation.Delegation;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.Member;
import io.waishi.travel.delegation.StatusChange;
import io.waishi.travel.delegation.TripPlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the delegation API. Clients never send status, ids or audit fields. */
final class DelegationRequests {

    private DelegationRequests() {
    }

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    record Text(@NotBlank @Size(max = 200) String zh, @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record MemberRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String post) {
    }

    record DraftDelegation(
            @NotNull @Valid Text title,
            @Pattern(regexp = UUID_PATTERN, message = "must be a partner city id") String partnerCityId,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String> destinationCountries,
            @NotNull LocalDate departureDate,
            @NotNull LocalDate returnDate,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid MemberRequest> members) {

        TripPlan toPlan() {
            return new TripPlan(title.toDomain(), partnerCityId, destinationCountries, departureDate, returnDate,
                    members.stream().map(m -> new Member(m.name(), m.post())).toList());
        }
    }

    record DelegationView(String id, String unit, LocalizedText title, String partnerCityId,
            List<String> destinationCountries, LocalDate departureDate, LocalDate returnDate, List<Member> members,
            DelegationStatus status, String createdBy, Instant createdAt, List<StatusChange> history, long version) {

        static DelegationView of(Delegation delegation) {
            TripPlan plan = delegation.plan();
            return new DelegationView(delegation.id(), delegation.unit(), plan.title(), plan.partnerCityId(),
                    plan.destinationCountries(), plan.departureDate(), plan.returnDate(), plan.members(),
                    delegation.status(), delegation.createdBy(), delegation.createdAt(), delegation.history(),
                    delegation.version() == null ? 0 : delegation.version());
        }
    }
}
