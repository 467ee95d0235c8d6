package io.waishi.publicity.country;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All country profiles, by ISO code. */
public interface CountryProfiles extends MongoRepository<CountryProfile, String> {

    /** The profiles the public may read: those with a revision past the final review. */
    Page<CountryProfile> findByPublishedRevisionGreaterThan(int revision, Pageable pageable);
}
