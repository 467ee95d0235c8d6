package io.waishi.reception.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The booking ledger: one page per interpreter or venue and office day. */
interface BookingDays extends MongoRepository<BookingDay, String> {
}
