package io.waishi.identity.account;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The accounts, by username. */
public interface Accounts extends MongoRepository<Account, String> {
}
