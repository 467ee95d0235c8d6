package io.waishi.travel.delegation;

import org.springframework.stereotype.Service;

/** Carries a country's safety alert to the files it concerns. */
@Service
public class SafetyAlerts {

    private final DelegationSearch search;
    private final Delegations delegations;

    SafetyAlerts(DelegationSearch search, Delegations delegations) {
        this.search = search;
        this.delegations = delegations;
    }

    /**
     * Flags every file before or during its trip to the country. A lowered level is kept too, so the
     * warning of an earlier raise disappears from the file.
     */
    public int flag(SafetyAlert alert) {
        int flagged = 0;
        for (Delegation delegation : search.concernedBy(alert.countryCode())) {
            if (delegation.flagSafetyAlert(alert)) {
                delegations.save(delegation);
                flagged++;
            }
        }
        return flagged;
    }
}
