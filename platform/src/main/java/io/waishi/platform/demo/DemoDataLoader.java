package io.waishi.platform.demo;

import io.waishi.platform.audit.AuditContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/** Loads every {@link DemoDataSet} once the service is ready. */
public class DemoDataLoader implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataSet> dataSets;

    public DemoDataLoader(List<DemoDataSet> dataSets) {
        this.dataSets = dataSets;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        for (DemoDataSet dataSet : dataSets) {
            log.info("Loading demo data {}", dataSet.getClass().getSimpleName());
            AuditContext.run("demo data " + dataSet.getClass().getSimpleName(), null, dataSet::load);
        }
    }
}
