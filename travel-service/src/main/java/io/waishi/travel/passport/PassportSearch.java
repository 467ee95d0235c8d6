package io.waishi.travel.passport;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Searches of the register that combine optional filters. */
public interface PassportSearch {

    /**
     * The passports that match every filter given.
     *
     * @param filter what staff search by; null fields are not filtered on
     */
    Page<Passport> search(Filter filter, Pageable page);

    /** The passport of {@code unit} (its holder's, or lent to its trip) longest overdue on {@code today}. */
    Optional<Passport> mostOverdue(String unit, LocalDate today);

    /**
     * @param unit        passports of the unit's people or lent to its trips
     * @param state       where the passport is
     * @param personId    the holder
     * @param overdueOn   when set, only passports on loan and past their due date on that day
     */
    record Filter(String unit, CustodyState state, String personId, LocalDate overdueOn) {
    }
}
