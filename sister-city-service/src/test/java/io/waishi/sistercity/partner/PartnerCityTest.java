package io.waishi.sistercity.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;
import io.waishi.platform.domain.Role;
import io.waishi.sistercity.partner.PartnerCityEvents.PartnerCityRegistered;
import java.time.Instant;
import java.util.List;
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

    @Test
    void theOfficerRevisesTheFileWithoutAnnouncingAnythingAndTheCountryStays() {
        PartnerCity city = PartnerCity.register("p-1", OFFICER, BONGHWA, "KR", null,
                AdministrativeLevel.COUNTY_OR_DISTRICT, true, false, NOW);
        city.recordedEvents().clear();
        Contact contact = new Contact(" Kim Min-ji ", "International Cooperation", null, "kim@example.kr", null,
                List.of("ko", "zh-Hans", "ko"));
        city.revise(OFFICER, BONGHWA, " Gyeongsangbuk-do ", AdministrativeLevel.PREFECTURE_CITY, true, true,
                LocalizedText.of("以松茸和苹果闻名。", null), new PublicWebAddress("https://www.bonghwa.go.kr"),
                List.of(contact), NOW);
        assertThat(city.administrativeLevel()).isEqualTo(AdministrativeLevel.PREFECTURE_CITY);
        assertThat(city.otherChineseSisterCity()).isTrue();
        assertThat(city.region()).isEqualTo("Gyeongsangbuk-do");
        assertThat(city.country()).isEqualTo("KR");
        assertThat(city.contacts()).singleElement().satisfies(kept -> {
            assertThat(kept.name()).isEqualTo("Kim Min-ji");
            assertThat(kept.languages()).containsExactly("ko", "zh-Hans");
        });
        assertThat(city.revisedBy()).isEqualTo("qian.officer");
        assertThat(city.recordedEvents()).as("contacts are personal data; no event").isEmpty();
    }

    @Test
    void onlyTheSisterCityOfficerRevisesAndContactsAreChecked() {
        PartnerCity city = PartnerCity.register("p-1", OFFICER, BONGHWA, "KR", null,
                AdministrativeLevel.PREFECTURE_CITY, true, false, NOW);
        assertThatThrownBy(() -> city.revise(Actor.of("zhao", null, Role.FAO_DIRECTOR), BONGHWA, null,
                AdministrativeLevel.PREFECTURE_CITY, true, false, null, null, List.of(), NOW))
                .isInstanceOf(ActNotPermittedException.class);
        assertThatThrownBy(() -> new Contact(" ", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact("Kim", null, null, "not-an-address", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact("Kim", null, null, null, null, List.of("not a tag!")))
                .isInstanceOf(IllegalArgumentException.class);
        List<Contact> many = java.util.Collections.nCopies(PartnerCity.MAX_CONTACTS + 1,
                new Contact("Kim", null, null, null, null, null));
        assertThatThrownBy(() -> city.revise(OFFICER, BONGHWA, null, AdministrativeLevel.PREFECTURE_CITY, true,
                false, null, null, many, NOW)).hasMessageContaining("30");
    }
}

