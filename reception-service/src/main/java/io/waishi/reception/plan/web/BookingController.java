package io.waishi.reception.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.reception.plan.PlanService;
import io.waishi.reception.plan.web.PlanRequests.BookingView;
import io.waishi.reception.plan.web.PlanRequests.ChecklistEntryView;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The booking calendars of interpreters and venues, and the checklist across upcoming visits. */
@RestController
@Tag(name = "Bookings", description = "Who books which interpreter and venue when, across all visits")
class BookingController {

    private final PlanService service;

    BookingController(PlanService service) {
        this.service = service;
    }

    @GetMapping("/api/receptions/interpreters/{id}/bookings")
    @Operation(summary = "The interpreter's bookings on the office days from–to (inclusive, at most 366 days)")
    List<BookingView> interpreterBookings(@PathVariable String id, @RequestParam LocalDate from,
            @RequestParam LocalDate to, Actor actor) {
        return service.interpreterBookings(actor, id, from, to).stream()
                .map(booking -> BookingView.of(booking, service.zone())).toList();
    }

    @GetMapping("/api/receptions/venues/{id}/bookings")
    @Operation(summary = "The venue's bookings on the office days from–to (inclusive, at most 366 days)")
    List<BookingView> venueBookings(@PathVariable String id, @RequestParam LocalDate from, @RequestParam LocalDate to,
            Actor actor) {
        return service.venueBookings(actor, id, from, to).stream()
                .map(booking -> BookingView.of(booking, service.zone())).toList();
    }

    @GetMapping("/api/receptions/checklist")
    @Operation(summary = "Checklist tasks of the visits not yet over, by arrival; only those still to do when open=true")
    List<ChecklistEntryView> checklist(@RequestParam(defaultValue = "true") boolean open, Actor actor) {
        return service.checklist(actor, open).stream().map(ChecklistEntryView::of).toList();
    }
}
