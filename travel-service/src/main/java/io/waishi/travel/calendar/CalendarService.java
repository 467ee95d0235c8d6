package io.waishi.travel.calendar;

import io.waishi.platform.domain.Actor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Reads and changes the office calendar; the standard one is created the first time it is needed. */
@Service
public class CalendarService {

    private final OfficeCalendars calendars;

    CalendarService(OfficeCalendars calendars) {
        this.calendars = calendars;
    }

    public OfficeCalendar calendar() {
        return calendars.findById(OfficeCalendar.ID).orElseGet(() -> {
            try {
                return calendars.insert(OfficeCalendar.standard());
            } catch (DuplicateKeyException createdMeanwhile) {
                return calendars.findById(OfficeCalendar.ID).orElseThrow();
            }
        });
    }

    public OfficeCalendar redefine(Actor actor, String zone, Set<DayOfWeek> weekend, List<Holiday> holidays,
            List<LocalDate> workingWeekendDays) {
        OfficeCalendar calendar = calendar();
        calendar.redefine(actor, zone, weekend, holidays, workingWeekendDays);
        return calendars.save(calendar);
    }
}
