package io.waishi.reception.visit.web;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.visit.HostingMode;
import io.waishi.reception.visit.StatusChange;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitAct;
import io.waishi.reception.visit.VisitDetails;
import io.waishi.reception.visit.VisitStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The JSON shapes of the visit API. Clients never send status, ids or audit fields. */
final class VisitRequests {

    private VisitRequests() {
    }

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    record Text(
            @NotBlank(message = "must give the Chinese text") @Size(max = 200) String zh,
            @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    @DepartureNotBeforeArrival
    record RequestVisit(
            @NotNull(message = "must give a title") @Valid Text title,
            @NotBlank(message = "must name the inviting department") @Size(max = 100) String invitingDepartment,
            @Pattern(regexp = UUID_PATTERN, message = "must be a partner city id (a lower-case UUID)") String partnerCityId,
            @NotNull(message = "must give the arrival date") LocalDate arrivalDate,
            @NotNull(message = "must give the departure date") LocalDate departureDate,
            @NotNull(message = "must give the number of guests")
            @Min(value = 1, message = "must be at least 1 guest")
            @Max(value = 1000, message = "must be at most 1000 guests") Integer guestCount,
            @NotNull(message = "must be FULL, PARTIAL or SELF_PAID")
            @Pattern(regexp = "FULL|PARTIAL|SELF_PAID", message = "must be FULL, PARTIAL or SELF_PAID") String hostingMode,
            @Valid Text purpose,
            @NotEmpty(message = "must name the guests' countries")
            @Size(max = 30) Set<@Pattern(regexp = "[A-Z]{2}", message = "must be ISO 3166 country codes") String> countries,
            Boolean reciprocityAgreement,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal budgetYuan)
            implements DepartureNotBeforeArrival.Stay {

        VisitDetails toDetails() {
            return new VisitDetails(title.toDomain(), invitingDepartment, purpose == null ? null : purpose.toDomain(),
                    partnerCityId, countries, arrivalDate, departureDate, guestCount, HostingMode.valueOf(hostingMode),
                    Boolean.TRUE.equals(reciprocityAgreement), budgetYuan);
        }
    }

    record ReasonRequest(@NotBlank(message = "must give the reason") @Size(max = 2000) String reason) {
    }

    record NoteRequest(@Size(max = 2000) String note) {
    }

    record SummaryRequest(@NotNull(message = "must give the summary") @Valid LongText summary) {
    }

    record LongText(@NotBlank @Size(max = 4000) String zh, @Size(max = 4000) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record VisitView(String id, LocalizedText title, String invitingDepartment, LocalizedText purpose,
            String partnerCityId, Set<String> countries, LocalDate arrivalDate, LocalDate departureDate,
            long hostedDays, int guestCount, HostingMode hostingMode, boolean reciprocityAgreement,
            BigDecimal budgetYuan, VisitStatus status, LocalizedText summary, String requestedBy,
            Instant requestedAt, List<StatusChange> history, Set<VisitAct> actions, long version) {

        static VisitView of(Visit visit, Actor actor) {
            VisitDetails details = visit.details();
            return new VisitView(visit.id(), details.title(), details.invitingDepartment(), details.purpose(),
                    details.partnerCityId(), details.countries(), details.arrivalDate(), details.departureDate(),
                    details.hostedDays(), details.guestCount(), details.hostingMode(), details.reciprocityAgreement(),
                    details.budgetYuan(), visit.status(), visit.summary(), visit.requestedBy(), visit.requestedAt(),
                    visit.history(), visit.actionsFor(actor), visit.version() == null ? 0 : visit.version());
        }
    }
}
