package io.waishi.travel.unit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Every unit registered with the office, by unit code. */
public interface Units extends MongoRepository<Unit, String> {

    Page<Unit> findByKind(UnitKind kind, Pageable pageable);
}
