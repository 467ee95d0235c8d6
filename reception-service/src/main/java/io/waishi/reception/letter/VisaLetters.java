package io.waishi.reception.letter;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Every visa invitation letter issued, keyed by its number. */
public interface VisaLetters extends MongoRepository<VisaLetter, String> {

    List<VisaLetter> findByVisitIdOrderByIssuedAtAscIdAsc(String visitId);

    long countByVisitId(String visitId);
}
