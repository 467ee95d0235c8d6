package io.waishi.platform.sample;

import io.waishi.platform.domain.AggregateRoot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** A sample aggregate with a state, personal data (sealed and plain) and a growing history, for the audit tests. */
@Document("permits")
public class Permit extends AggregateRoot {

    public enum Status { REQUESTED, APPROVED, REFUSED }

    private final String title;
    private Status status;
    private final String sealedNumber;
    private final LocalDate dateOfBirth;
    private final String holderName;
    private final List<String> history;

    @PersistenceCreator
    Permit(String id, Long version, String title, Status status, String sealedNumber, LocalDate dateOfBirth,
            String holderName, List<String> history) {
        super(id, version);
        this.title = title;
        this.status = status;
        this.sealedNumber = sealedNumber;
        this.dateOfBirth = dateOfBirth;
        this.holderName = holderName;
        this.history = new ArrayList<>(history == null ? List.of() : history);
    }

    static Permit request(String id, String title, String sealedNumber, LocalDate dateOfBirth, String holderName) {
        return new Permit(id, null, title, Status.REQUESTED, sealedNumber, dateOfBirth, holderName, List.of("requested"));
    }

    void approve() {
        status = Status.APPROVED;
        history.add("approved");
    }

    void refuse() {
        status = Status.REFUSED;
        history.add("refused");
    }

    public Status status() {
        return status;
    }
}
