package io.waishi.reception.resource;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The office's venues. */
public interface Venues extends MongoRepository<Venue, String> {
}
