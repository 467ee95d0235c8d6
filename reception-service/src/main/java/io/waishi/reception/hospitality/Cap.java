package io.waishi.reception.hospitality;

import java.math.BigDecimal;

/**
 * One cap of RULES.md §3 as it applies to an entry: the policy parameter's name (as the rule messages and
 * the office's rulebook spell it) and its value in yuan.
 *
 * @param parameter e.g. {@code BANQUET_PER_HEAD_BUREAU}
 * @param limitYuan the value in force, e.g. 300
 */
public record Cap(String parameter, int limitYuan) {

    /** Whether {@code amount} stays within the cap; the cap itself is allowed (RMB 300 at a 300 cap). */
    public boolean allows(BigDecimal amount) {
        return amount.compareTo(BigDecimal.valueOf(limitYuan)) <= 0;
    }
}
