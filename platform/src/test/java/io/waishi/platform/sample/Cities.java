package io.waishi.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Cities extends MongoRepository<City, String> {
}
