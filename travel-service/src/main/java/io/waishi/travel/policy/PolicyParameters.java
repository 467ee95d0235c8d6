package io.waishi.travel.policy;

import org.springframework.data.mongodb.repository.MongoRepository;

/** All travel policy parameters, by key. */
public interface PolicyParameters extends MongoRepository<PolicyParameter, String> {
}
