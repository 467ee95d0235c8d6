package io.waishi.platform.audit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit trail records state changes.
 *
 * @param sweepInterval  how often entries a crash left in aggregate documents are looked for and chained
 * @param stateFields    top-level fields that name an aggregate's state; the first present is shown as from → to
 * @param reasonFields   request body fields whose text is taken as the reason of the change
 * @param personalFields further fields whose values never enter the trail, as {@code path} (any collection) or
 *                       {@code collection:path}, the path dotted from the document's root without list indices,
 *                       e.g. {@code passports:number}; fields named {@code sealed…}, {@code …dateOfBirth…},
 *                       {@code …birthDate…} or {@code …passportNumber…} are always left out
 * @param maxValueLength longest text or JSON value shown in a change; longer ones are summarised
 * @param maxChanges     most changed fields listed in one record; the rest are counted
 */
@ConfigurationProperties("waishi.audit")
public record AuditProperties(
        Duration sweepInterval,
        List<String> stateFields,
        List<String> reasonFields,
        List<String> personalFields,
        Integer maxValueLength,
        Integer maxChanges) {

    public AuditProperties {
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
        stateFields = stateFields == null ? List.of("status", "stage", "state") : List.copyOf(stateFields);
        reasonFields = reasonFields == null ? List.of("reason", "comment", "note") : List.copyOf(reasonFields);
        personalFields = personalFields == null ? List.of() : List.copyOf(personalFields);
        maxValueLength = maxValueLength == null ? 500 : maxValueLength;
        maxChanges = maxChanges == null ? 50 : maxChanges;
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("waishi.audit.sweep-interval must be positive");
        }
        if (maxValueLength < 20 || maxChanges < 1) {
            throw new IllegalArgumentException("waishi.audit.max-value-length must be at least 20 and max-changes at least 1");
        }
    }

    /** The defaults, for tests and for code that builds the parts by hand. */
    public static AuditProperties defaults() {
        return new AuditProperties(null, null, null, null, null, null);
    }
}
