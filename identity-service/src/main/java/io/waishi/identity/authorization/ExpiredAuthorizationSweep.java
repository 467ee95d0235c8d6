package io.waishi.identity.authorization;

import io.waishi.platform.scheduling.PeriodicTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes spent authorizations at start and then every {@code waishi.identity.authorization-sweep-interval}. */
class ExpiredAuthorizationSweep extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(ExpiredAuthorizationSweep.class);

    private final MongoAuthorizations authorizations;

    ExpiredAuthorizationSweep(MongoAuthorizations authorizations, Duration interval) {
        super("authorization-sweep", interval);
        this.authorizations = authorizations;
    }

    @Override
    protected void runOnce() {
        long removed = authorizations.removeExpired();
        if (removed > 0) {
            log.info("Removed {} expired authorizations", removed);
        }
    }
}
