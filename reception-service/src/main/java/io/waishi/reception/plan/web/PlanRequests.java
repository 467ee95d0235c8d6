package io.waishi.reception.plan.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.plan.Booking;
import io.waishi.reception.plan.ChecklistItem;
import io.waishi.reception.plan.InterpreterAssignment;
import io.waishi.reception.plan.ItemKind;
import io.waishi.reception.plan.Lodging;
import io.waishi.reception.plan.Official;
import io.waishi.reception.plan.PlanContent;
import io.waishi.reception.plan.PlanRevision;
import io.waishi.reception.plan.PlanService.ChecklistEntry;
import io.waishi.reception.plan.ReceptionPlan;
import io.waishi.reception.plan.ScheduleItem;
import io.waishi.reception.plan.Vehicle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the reception plan API. Times are office time (the plan's {@code zone}). */
final class PlanRequests {

    private PlanRequests() {
    }

    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    record Text(@NotBlank(message = "must give the Chinese text") @Size(max = 200) String zh,
            @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record OfficialRequest(@NotBlank(message = "must give the official's name") @Size(max = 100) String name,
            @Size(max = 100) String title) {
    }

    record InterpreterRequest(@NotBlank(message = "must name the interpreter") @Size(max = 64) String interpreterId,
            @NotNull(message = "must give the language")
            @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag") String language) {
    }

    record ItemRequest(
            @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be letters, digits and dashes") String id,
            @NotNull(message = "must give the start (office time)") LocalDateTime start,
            @NotNull(message = "must give the end (office time)") LocalDateTime end,
            @NotNull(message = "must be MEETING, TALKS, BANQUET, SITE_VISIT, SIGNING, MEDIA or OTHER")
            @Pattern(regexp = "MEETING|TALKS|BANQUET|SITE_VISIT|SIGNING|MEDIA|OTHER",
                    message = "must be MEETING, TALKS, BANQUET, SITE_VISIT, SIGNING, MEDIA or OTHER") String kind,
            @NotNull(message = "must give the title") @Valid Text title,
            @Size(max = 300) String place,
            @Size(max = 64) String venueId,
            @Size(max = 30) List<@NotNull @Valid OfficialRequest> officials,
            @Size(max = 10) List<@NotNull @Valid InterpreterRequest> interpreters) {

        ScheduleItem toDomain() {
            return new ScheduleItem(id == null ? UUID.randomUUID().toString() : id, start, end, ItemKind.valueOf(kind),
                    title.toDomain(), place, venueId,
                    officials == null ? List.of() : officials.stream().map(o -> new Official(o.name(), o.title())).toList(),
                    interpreters == null ? List.of() : interpreters.stream()
                            .map(i -> new InterpreterAssignment(i.interpreterId(), i.language())).toList());
        }
    }

    record VehicleRequest(@NotBlank(message = "must describe the vehicle") @Size(max = 200) String description,
            @Size(max = 20) String plate, @Min(value = 1, message = "must have at least 1 seat") Integer seats,
            @Size(max = 100) String driver) {
    }

    record LodgingRequest(@NotBlank(message = "must name the hotel") @Size(max = 200) String hotel,
            @Size(max = 300) String address, LocalDate checkIn, LocalDate checkOut,
            @Min(value = 1, message = "must book at least 1 room") Integer rooms) {
    }

    record PlanRequest(
            @Size(max = 300) List<@NotNull @Valid ItemRequest> items,
            @Size(max = 50) List<@NotNull @Valid VehicleRequest> vehicles,
            @Size(max = 20) List<@NotNull @Valid LodgingRequest> lodging,
            @Size(max = 2000) String note) {

        PlanContent toContent() {
            return new PlanContent(
                    items == null ? List.of() : items.stream().map(ItemRequest::toDomain).toList(),
                    vehicles == null ? List.of() : vehicles.stream()
                            .map(v -> new Vehicle(v.description(), v.plate(), v.seats(), v.driver())).toList(),
                    lodging == null ? List.of() : lodging.stream()
                            .map(l -> new Lodging(l.hotel(), l.address(), l.checkIn(), l.checkOut(), l.rooms())).toList(),
                    note);
        }
    }

    record ChecklistRequest(@Size(max = 100) String owner,
            @NotNull(message = "must be OPEN, IN_PROGRESS, DONE or NOT_NEEDED")
            @Pattern(regexp = "OPEN|IN_PROGRESS|DONE|NOT_NEEDED",
                    message = "must be OPEN, IN_PROGRESS, DONE or NOT_NEEDED") String state) {
    }

    record RevisionView(int number, String zone, List<ScheduleItem> items, List<Vehicle> vehicles,
            List<Lodging> lodging, String note, String savedBy, Instant savedAt) {

        static RevisionView of(PlanRevision revision) {
            return new RevisionView(revision.number(), revision.zone(), revision.content().items(),
                    revision.content().vehicles(), revision.content().lodging(), revision.content().note(),
                    revision.savedBy(), revision.savedAt());
        }
    }

    record PlanView(String visitId, LocalizedText visitTitle, LocalDate arrivalDate, LocalDate departureDate,
            int revision, RevisionView current, List<ChecklistItem> checklist, long version) {

        static PlanView of(ReceptionPlan plan) {
            return new PlanView(plan.id(), plan.visitTitle(), plan.arrivalDate(), plan.departureDate(),
                    plan.revisionNumber(), plan.current().map(RevisionView::of).orElse(null), plan.checklist(),
                    plan.version() == null ? 0 : plan.version());
        }
    }

    record RevisionSummary(int number, String savedBy, Instant savedAt, int items, String note) {

        static RevisionSummary of(PlanRevision revision) {
            return new RevisionSummary(revision.number(), revision.savedBy(), revision.savedAt(),
                    revision.content().items().size(), revision.content().note());
        }
    }

    record BookingView(String visitId, String itemId, LocalDateTime start, LocalDateTime end, String zone,
            LocalizedText title, ItemKind kind, String language) {

        static BookingView of(Booking booking, ZoneId zone) {
            return new BookingView(booking.visitId(), booking.itemId(), LocalDateTime.ofInstant(booking.from(), zone),
                    LocalDateTime.ofInstant(booking.to(), zone), zone.getId(), booking.title(), booking.kind(),
                    booking.language());
        }
    }

    record ChecklistEntryView(String visitId, LocalizedText visitTitle, LocalDate arrivalDate, LocalDate departureDate,
            String task, String owner, String state, String updatedBy, Instant updatedAt) {

        static ChecklistEntryView of(ChecklistEntry entry) {
            return new ChecklistEntryView(entry.visitId(), entry.plan().visitTitle(), entry.plan().arrivalDate(),
                    entry.plan().departureDate(), entry.item().task().name(), entry.item().owner(),
                    entry.item().state().name(), entry.item().updatedBy(), entry.item().updatedAt());
        }
    }
}
