package io.waishi.sistercity.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.sistercity.partner.PartnerCityEvents.PartnerCityRegistered;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerCityTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Actor OFFICER = Actor.of("qian.officer", null, Role.SISTER_CITY_OFFICER);
    static final PartnerCityNames BONGHWA = new PartnerCityNames("奉化郡", "Bonghwa County", "봉화군");

    @Test
    void anOfficerRegistersAPartnerAndTheEventCarriesEveryName() {
        PartnerCity city = PartnerCity.register("p-1", OFFICER, BONGHWA, "KR", "Gyeongsangbuk-do",
                AdministrativeLevel.COUNTY_OR_DISTRICT, true, false, NOW);
        assertThat(city.registeredBy()).isEqualTo("qian.officer");
        assertThat(city.recordedEvents()).containsExactly(new PartnerCityRegistered("p-1",
                Map.of("zh", "奉化郡", "en", "Bonghwa County", "local", "봉화군"), "KR", NOW));
    }

    @Test
    void onlySisterCityOfficersRegister() {
        Actor clerk = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);
        assertThatThrownBy(() -> PartnerCity.register("p-1", clerk, BONGHWA, "KR", null,
                AdministrativeLevel.COUNTY_OR_DISTRICT, true, false, NOW)).isInstanceOf(ActNotPermittedException.class);
    }

    @Test
    void refusesAnUnknownCountry() {
        assertThatThrownBy(() -> PartnerCity.register("p-1", OFFICER, BONGHWA, "ZZ", null,
                AdministrativeLevel.COUNTY_OR_DISTRICT, true, false, NOW)).hasMessageContaining("ZZ");
    }

    @Test
    void theLocalNameIsOptionalButChineseAndEnglishAreNot() {
        assertThat(new PartnerCityNames("约巴林达市", "Yorba Linda", " ").local()).isNull();
        assertThatThrownBy(() -> new PartnerCityNames(" ", "Yorba Linda", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerCityNames("约巴林达市", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
