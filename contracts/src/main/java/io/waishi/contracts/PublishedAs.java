package io.waishi.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a domain event record as the data of a public event type. The record's JSON form must match
 * the type's JSON Schema; {@code EventSchemasTest} style tests in each service check that it does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedAs {

    EventType value();
}
