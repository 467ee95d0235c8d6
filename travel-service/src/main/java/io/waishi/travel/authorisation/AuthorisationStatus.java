package io.waishi.travel.authorisation;

/** Where a multi-trip authorisation stands. Expiry is not a state: validity is read from its dates. */
public enum AuthorisationStatus {
    REQUESTED,
    GRANTED,
    REFUSED,
    REVOKED
}
