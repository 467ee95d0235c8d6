package io.waishi.reception.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.reception.visit.HostingMode;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitDetails;
import io.waishi.reception.visit.Visits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Two requested visits for the local stack's {@code --demo}: a delegation from Bonghwa County (Korea), a sister
 * city of Tongchuan since June 1997, for the 30th anniversary; and one from Yorba Linda (USA), a sister city
 * since October 2015. Fixed ids, inserted only when absent; saved through the repository, so their
 * {@code VisitRequested} events go out through the outbox like any other.
 */
@Component
class ReceptionDemoData implements DemoDataSet {

    static final String BONGHWA_VISIT_ID = "5f3b9a1e-0c4d-4e2a-9b7f-1997060000a1";
    static final String YORBA_LINDA_VISIT_ID = "5f3b9a1e-0c4d-4e2a-9b7f-2015102300b2";

    private static final Logger log = LoggerFactory.getLogger(ReceptionDemoData.class);

    /** The demo stack's reception officer (deploy/local DemoUser "reception"). */
    private static final Actor RECEPTION = Actor.of("reception", null, Role.RECEPTION_OFFICER);

    private final Visits visits;
    private final Clock clock;

    ReceptionDemoData(Visits visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public void load() {
        for (DemoVisit demo : demoVisits()) {
            if (visits.existsById(demo.id())) {
                continue;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            try {
                visits.save(Visit.request(demo.id(), RECEPTION, demo.details(), now));
                log.info("Demo visit {} requested", demo.id());
            } catch (DuplicateKeyException alreadyInsertedByAnotherInstance) {
                log.debug("Demo visit {} already present", demo.id());
            }
        }
    }

    /** The partner cities sister-city-service's demo data registers under fixed ids. */
    static final String YORBA_LINDA_PARTNER_CITY_ID = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    static final String BONGHWA_PARTNER_CITY_ID = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a02";

    static List<DemoVisit> demoVisits() {
        return List.of(
                new DemoVisit(BONGHWA_VISIT_ID, new VisitDetails(
                        LocalizedText.of("韩国奉化郡代表团来访暨结好三十周年", "Bonghwa County delegation: 30 years as sister cities"),
                        "铜川市人民政府外事办公室", LocalizedText.of("庆祝结好三十周年，商谈青少年与农业交流",
                                "Celebrating 30 years as sister cities; youth and farming exchanges"),
                        BONGHWA_PARTNER_CITY_ID, Set.of("KR"), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 18), 12,
                        HostingMode.FULL, false, null)),
                new DemoVisit(YORBA_LINDA_VISIT_ID, new VisitDetails(
                        LocalizedText.of("美国约巴林达市教育代表团来访", "Yorba Linda education delegation"),
                        "铜川市教育局", LocalizedText.of("考察友好学校，商谈学生交流", "Partner schools and student exchanges"),
                        YORBA_LINDA_PARTNER_CITY_ID, Set.of("US"), LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 16), 6,
                        HostingMode.PARTIAL, false, null)));
    }

    record DemoVisit(String id, VisitDetails details) {
    }
}
