package io.waishi.reception.resource.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.InterpreterProfile;
import io.waishi.reception.resource.Period;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.resource.VenueProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The JSON shapes of the interpreter and venue lists. */
final class ResourceRequests {

    private ResourceRequests() {
    }

    /** A well-formed BCP 47 tag of a language (2–3 letters) with optional script, region or variant subtags. */
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    record PeriodRequest(@NotNull(message = "must give the start") LocalDateTime from,
            @NotNull(message = "must give the end") LocalDateTime to) {

        Period toDomain() {
            return new Period(from, to);
        }
    }

    record InterpreterRequest(
            @NotBlank(message = "must give the interpreter's name") @Size(max = 100) String name,
            @NotEmpty(message = "must list the languages (BCP 47 tags)") @Size(max = 20) List<
                    @NotNull @Pattern(regexp = LANGUAGE_TAG, message = "must be BCP 47 language tags") String> languages,
            @Size(max = 200) List<@NotNull @Valid PeriodRequest> unavailable) {

        InterpreterProfile toProfile() {
            return new InterpreterProfile(name, languages,
                    unavailable == null ? List.of() : unavailable.stream().map(PeriodRequest::toDomain).toList());
        }
    }

    record Text(@NotBlank(message = "must give the Chinese text") @Size(max = 200) String zh,
            @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record VenueRequest(
            @NotNull(message = "must give the venue's name") @Valid Text name,
            @NotBlank(message = "must give the address") @Size(max = 300) String address,
            @NotNull(message = "must give the capacity")
            @Min(value = 1, message = "must seat at least 1 person")
            @Max(value = 100000, message = "must be at most 100000") Integer capacity) {

        VenueProfile toProfile() {
            return new VenueProfile(name.toDomain(), address, capacity);
        }
    }

    record InterpreterView(String id, String name, List<String> languages, List<Period> unavailable, boolean active,
            String createdBy, Instant createdAt, long version) {

        static InterpreterView of(Interpreter interpreter) {
            return new InterpreterView(interpreter.id(), interpreter.name(), interpreter.languages(),
                    interpreter.profile().unavailable(), interpreter.active(), interpreter.createdBy(),
                    interpreter.createdAt(), interpreter.version() == null ? 0 : interpreter.version());
        }
    }

    record VenueView(String id, LocalizedText name, String address, int capacity, boolean active, String createdBy,
            Instant createdAt, long version) {

        static VenueView of(Venue venue) {
            return new VenueView(venue.id(), venue.name(), venue.profile().address(), venue.capacity(), venue.active(),
                    venue.createdBy(), venue.createdAt(), venue.version() == null ? 0 : venue.version());
        }
    }
}
