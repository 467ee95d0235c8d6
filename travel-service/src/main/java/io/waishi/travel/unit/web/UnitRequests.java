package io.waishi.travel.unit.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.travel.unit.AnnualQuota;
import io.waishi.travel.unit.Clerk;
import io.waishi.travel.unit.QuotaRaise;
import io.waishi.travel.unit.Signatory;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.UnitChange;
import io.waishi.travel.unit.UnitKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the unit API. Clients never send audit fields or history. */
final class UnitRequests {

    private UnitRequests() {
    }

    static final String CODE_MESSAGE = "must be a unit code: a capital letter, then 1-30 capitals, digits or '-'";
    static final String USER_ID_PATTERN = "[A-Za-z0-9._@-]{1,100}";
    static final String USER_ID_MESSAGE = "must be a user id (letters, digits, '.', '_', '@', '-')";

    record Text(@NotBlank @Size(max = 200) String zh, @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record RegisterUnit(@NotBlank @Pattern(regexp = Unit.CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotNull @Valid Text name, @NotNull UnitKind kind, Boolean foreignAffairsOrCommerce) {
    }

    record UpdateUnit(@NotNull @Valid Text name, @NotNull UnitKind kind, Boolean foreignAffairsOrCommerce) {
    }

    record SignatoryRequest(@NotBlank @Pattern(regexp = USER_ID_PATTERN, message = USER_ID_MESSAGE) String userId,
            @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String post) {
    }

    record ClerkRequest(@NotBlank @Pattern(regexp = USER_ID_PATTERN, message = USER_ID_MESSAGE) String userId,
            @NotBlank @Size(max = 100) String name) {
    }

    record QuotaRaiseRequest(@NotNull @Min(Unit.FIRST_YEAR) @Max(Unit.LAST_YEAR) Integer year,
            @NotNull @Min(1) @Max(1000) Integer trips, @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    record UnitView(String code, LocalizedText name, UnitKind kind, boolean simplifiedApprovalPath,
            boolean foreignAffairsOrCommerce, List<Signatory> signatories, List<Clerk> clerks,
            List<QuotaRaise> quotaRaises, String registeredBy, Instant registeredAt, List<UnitChange> history,
            long version) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.code(), unit.name(), unit.kind(), unit.simplifiedApprovalPath(),
                    unit.foreignAffairsOrCommerce(), unit.signatories(), unit.clerks(), unit.quotaRaises(),
                    unit.registeredBy(), unit.registeredAt(), unit.history(),
                    unit.version() == null ? 0 : unit.version());
        }
    }

    /**
     * A unit's quota for one year.
     *
     * @param source       {@code DEFAULT_UNIT_ANNUAL_QUOTA} or {@code RAISED}
     * @param defaultQuota the value of the policy parameter that applies to the year
     * @param raise        the director's raise, when there is one for the year
     */
    record QuotaView(String unit, int year, int quota, AnnualQuota.Source source, int defaultQuota,
            String policySource, QuotaRaise raise) {

        static QuotaView of(AnnualQuota quota) {
            return new QuotaView(quota.unit(), quota.year(), quota.trips(), quota.source(), quota.defaultQuota(),
                    quota.policySource(), quota.raise());
        }
    }
}
