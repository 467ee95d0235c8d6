package io.waishi.reception.visit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** All foreign guest visits. */
public interface Visits extends MongoRepository<Visit, String> {

    Page<Visit> findByStatus(VisitStatus status, Pageable pageable);

    long countByStatus(VisitStatus status);

    /** Visits in these states whose guests have not left by {@code from} and arrive by {@code to}, soonest first. */
    @Query(value = "{ 'status': { $in: ?0 }, 'details.departureDate': { $gte: ?1 }, 'details.arrivalDate': { $lte: ?2 } }",
            sort = "{ 'details.arrivalDate': 1 }")
    List<Visit> findComing(Collection<VisitStatus> statuses, LocalDate from, LocalDate to);
}
