package io.waishi.travel.delegation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the trip costs and who pays. No trip without a budget; costs not approved beforehand are not
 * reimbursed (RULES.md §1, S8).
 *
 * @param financeSealConfirmed whether the budget note carries the finance department's seal
 */
public record Budget(List<Item> items, String fundingSource, boolean financeSealConfirmed) {

    /** One cost, in yuan. */
    public record Item(String description, BigDecimal amountYuan) {

        public Item {
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("A budget item needs a description");
            }
            if (amountYuan == null || amountYuan.signum() < 0) {
                throw new IllegalArgumentException("A budget item's amount is zero or more");
            }
        }
    }

    public Budget {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public BigDecimal total() {
        return items.stream().map(Item::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
