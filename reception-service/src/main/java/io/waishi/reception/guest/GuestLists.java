package io.waishi.reception.guest;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The guest lists of all visits, one per visit, keyed by the visit id. */
public interface GuestLists extends MongoRepository<GuestList, String> {
}
