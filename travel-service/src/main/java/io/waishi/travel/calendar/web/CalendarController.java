package io.waishi.travel.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.calendar.Holiday;
import io.waishi.travel.calendar.OfficeCalendar;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/travel/calendar")
@Tag(name = "Office calendar", description = "Working days: time zone, weekend, public holidays, swapped working days")
class CalendarController {

    record HolidayRequest(@NotNull LocalDate date, @NotBlank @Size(max = 100) String name) {
    }

    record CalendarRequest(@NotBlank String zone, @NotNull Set<DayOfWeek> weekend,
            @NotNull @Size(max = 400) List<@NotNull @Valid HolidayRequest> holidays,
            @NotNull @Size(max = 200) List<@NotNull LocalDate> workingWeekendDays) {
    }

    record CalendarView(String zone, Set<DayOfWeek> weekend, List<Holiday> holidays, List<LocalDate> workingWeekendDays,
            long version) {

        static CalendarView of(OfficeCalendar calendar) {
            return new CalendarView(calendar.zoneId().getId(), calendar.weekend(), calendar.holidays(),
                    calendar.workingWeekendDays(), calendar.version() == null ? 0 : calendar.version());
        }
    }

    record WorkingDayAnswer(LocalDate from, int workingDays, LocalDate date) {
    }

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    ResponseEntity<CalendarView> get() {
        OfficeCalendar calendar = calendars.calendar();
        return ETags.ok(CalendarView.of(calendar), calendar.version());
    }

    @PutMapping
    @Operation(summary = "Replace the calendar (ADMIN), e.g. with the year's State Council holiday notice")
    ResponseEntity<CalendarView> redefine(@Valid @RequestBody CalendarRequest request, Actor actor) {
        OfficeCalendar calendar = calendars.redefine(actor, request.zone(), request.weekend(),
                request.holidays().stream().map(h -> new Holiday(h.date(), h.name())).toList(),
                request.workingWeekendDays());
        return ETags.ok(CalendarView.of(calendar), calendar.version());
    }

    @GetMapping("/working-days")
    @Operation(summary = "The date a number of working days after a date, e.g. the end of a public notice")
    WorkingDayAnswer addWorkingDays(@RequestParam LocalDate from, @RequestParam @Min(0) @Max(365) int days) {
        return new WorkingDayAnswer(from, days, calendars.calendar().addWorkingDays(from, days));
    }
}
