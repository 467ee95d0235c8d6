package io.waishi.travel.calendar;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The office calendar (one document). */
public interface OfficeCalendars extends MongoRepository<OfficeCalendar, String> {
}
