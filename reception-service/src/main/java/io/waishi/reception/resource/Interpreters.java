package io.waishi.reception.resource;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The office's interpreters. */
public interface Interpreters extends MongoRepository<Interpreter, String> {
}
