package io.waishi.travel.passport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * The passport register. "One valid passport per person" cannot be a unique index — validity depends on
 * dates — so the register checks it; the passport number is unique (see {@link PassportRegister}).
 */
public interface Passports extends MongoRepository<Passport, String>, PassportSearch {

    List<Passport> findByHolderPersonIdAndStateNotAndExpiresOnGreaterThanEqual(String personId, CustodyState state,
            LocalDate day);

    List<Passport> findByHolderPersonIdInAndStateNotAndExpiresOnGreaterThanEqual(Collection<String> personIds,
            CustodyState state, LocalDate day);

    List<Passport> findByStateAndCurrentLoanDelegationId(CustodyState state, String delegationId);

    long countByStateAndCurrentLoanDelegationId(CustodyState state, String delegationId);

    List<Passport> findByStateAndCurrentLoanDueBackBefore(CustodyState state, LocalDate day);
}
