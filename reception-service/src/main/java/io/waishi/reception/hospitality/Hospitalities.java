package io.waishi.reception.hospitality;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The hospitality of every visit, one document per visit (id = visit id). */
public interface Hospitalities extends MongoRepository<Hospitality, String> {

    /** The visits' hospitality holding at least one declaration in one of {@code statuses}. */
    List<Hospitality> findByDeclarationsStatusIn(Collection<DeclarationStatus> statuses);

    /** The hospitality holding the declaration {@code declarationId}. */
    Optional<Hospitality> findByDeclarationsDeclarationId(String declarationId);
}
