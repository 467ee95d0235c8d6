package io.waishi.sistercity.activity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Activities by any combination of the filters staff search by. */
public interface ActivitySearch {

    Page<ExchangeActivity> search(ActivityFilter filter, Pageable pageable);
}
