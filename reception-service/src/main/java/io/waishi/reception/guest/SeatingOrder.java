package io.waishi.reception.guest;

import java.util.List;

/**
 * The order of precedence at a meeting or banquet, each side ordered on its own.
 *
 * @param multilateral whether the guests come from more than one country (then ordered by country name first)
 * @param guests       the guests' side, first in precedence first
 * @param hosts        the hosts' side, first in precedence first
 */
public record SeatingOrder(boolean multilateral, List<Party> guests, List<Party> hosts) {

    public static SeatingOrder of(List<Party> guests, List<Party> hosts) {
        return new SeatingOrder(Precedence.isMultilateral(guests), Precedence.order(guests), Precedence.order(hosts));
    }
}
