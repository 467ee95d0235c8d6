package io.waishi.publicity.publication;

import io.waishi.platform.scheduling.PeriodicTask;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Publishes the embargoed publications whose time has come, and withdraws those of retracted items, when the
 * service starts and then every {@code waishi.publicity.scheduled-publishing-interval} (default one minute).
 */
@Component
class ScheduledPublishing extends PeriodicTask {

    private final PublicationService service;

    ScheduledPublishing(PublicationService service,
            @Value("${waishi.publicity.scheduled-publishing-interval:PT1M}") Duration interval) {
        super("scheduled-publishing", interval);
        this.service = service;
    }

    @Override
    protected void runOnce() {
        service.publishDue();
    }
}
