package io.waishi.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Permits extends MongoRepository<Permit, String> {
}
