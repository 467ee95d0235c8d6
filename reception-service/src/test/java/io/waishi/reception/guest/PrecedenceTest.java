package io.waishi.reception.guest;

import static io.waishi.reception.policy.RankLevel.BUREAU;
import static io.waishi.reception.policy.RankLevel.DIVISION;
import static io.waishi.reception.policy.RankLevel.MINISTER;
import static io.waishi.reception.policy.RankLevel.OTHER;
import static io.waishi.reception.policy.RankLevel.VICE_MINISTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.reception.policy.RankLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PrecedenceTest {

    static Party party(String name, String country, RankLevel rank, LocalDate since, boolean serving) {
        return new Party(name, name, country, rank, since, serving, null);
    }

    static Party kr(String name, RankLevel rank, LocalDate since, boolean serving) {
        return party(name, "KR", rank, since, serving);
    }

    static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }

    static List<String> orderOf(Party... parties) {
        List<Party> shuffled = new ArrayList<>(List.of(parties));
        Collections.reverse(shuffled);
        return names(Precedence.order(shuffled));
    }

    static final LocalDate EARLY = LocalDate.of(2019, 3, 1);
    static final LocalDate LATE = LocalDate.of(2019, 3, 2);

    @Nested
    class ByRank {

        @Test
        void ministerBeforeViceMinisterBeforeBureauBeforeDivisionBeforeOther() {
            assertThat(orderOf(kr("Min", MINISTER, LATE, true), kr("Vice", VICE_MINISTER, EARLY, true),
                    kr("Bureau", BUREAU, EARLY, true), kr("Division", DIVISION, EARLY, true),
                    kr("Other", OTHER, EARLY, true)))
                    .containsExactly("Min", "Vice", "Bureau", "Division", "Other");
        }

        @Test
        void aHigherRankGoesFirstHoweverJuniorAndEvenIfFormer() {
            assertThat(orderOf(kr("Former vice-minister", VICE_MINISTER, LATE, false),
                    kr("Senior bureau director", BUREAU, EARLY, true)))
                    .containsExactly("Former vice-minister", "Senior bureau director");
        }
    }

    @Nested
    class BySeniority {

        @Test
        void atEqualRankWhoTookTheRankOneDayEarlierGoesFirst() {
            assertThat(orderOf(kr("A", BUREAU, EARLY, true), kr("B", BUREAU, LATE, true))).containsExactly("A", "B");
            assertThat(orderOf(kr("B", BUREAU, EARLY, true), kr("A", BUREAU, LATE, true)))
                    .as("seniority, not the name, decides").containsExactly("B", "A");
        }

        @Test
        void onTheSameDayTheNameDecidesSoTheOrderIsStable() {
            assertThat(orderOf(kr("Park", BUREAU, EARLY, true), kr("kim", BUREAU, EARLY, true)))
                    .containsExactly("kim", "Park");
        }

        @Test
        void anUnknownDateComesAfterKnownOnes() {
            assertThat(orderOf(kr("Unknown", BUREAU, null, true), kr("Known", BUREAU, LATE, true)))
                    .containsExactly("Known", "Unknown");
        }
    }

    @Nested
    class ServingBeforeFormer {

        @Test
        void atEqualRankAServingOfficialGoesBeforeAFormerOneEvenIfJunior() {
            assertThat(orderOf(kr("Former", MINISTER, EARLY, false), kr("Serving", MINISTER, LATE, true)))
                    .containsExactly("Serving", "Former");
        }

        @Test
        void formerOfficialsOfEqualRankFollowSeniorityAmongThemselves() {
            assertThat(orderOf(kr("Former late", BUREAU, LATE, false), kr("Former early", BUREAU, EARLY, false)))
                    .containsExactly("Former early", "Former late");
        }
    }

    @Nested
    class Multilateral {

        @Test
        void delegationsAreOrderedByTheEnglishNameOfTheirCountryNotTheCode() {
            // codes CH < SE but Sweden < Switzerland; AT < AU but Australia < Austria
            List<String> order = orderOf(party("Swiss", "CH", MINISTER, EARLY, true),
                    party("Swede", "SE", OTHER, EARLY, true), party("Austrian", "AT", MINISTER, EARLY, true),
                    party("Australian", "AU", DIVISION, EARLY, true));
            assertThat(order).containsExactly("Australian", "Austrian", "Swede", "Swiss");
        }

        @Test
        void withinADelegationRankSeniorityAndServingStillDecide() {
            List<String> order = orderOf(party("JP other", "JP", OTHER, EARLY, true),
                    party("KR former minister", "KR", MINISTER, EARLY, false),
                    party("JP minister", "JP", MINISTER, LATE, true),
                    party("KR minister", "KR", MINISTER, LATE, true));
            assertThat(order).containsExactly("JP minister", "JP other", "KR minister", "KR former minister");
        }

        @Test
        void oneCountryIsBilateralAndTwoAreMultilateral() {
            assertThat(Precedence.isMultilateral(List.of(kr("A", OTHER, null, true), kr("B", OTHER, null, true))))
                    .isFalse();
            assertThat(Precedence.isMultilateral(List.of(kr("A", OTHER, null, true),
                    party("B", "JP", OTHER, null, true)))).isTrue();
        }

        @Test
        void countryNamesAreEnglish() {
            assertThat(Precedence.countryName("KR")).isEqualTo("South Korea");
            assertThat(Precedence.countryName("DE")).isEqualTo("Germany");
        }
    }

    @Nested
    class Spouses {

        @Test
        void aSpouseFollowsTheGuestTheyAccompany() {
            Party governor = kr("Governor", BUREAU, EARLY, true);
            Party councillor = kr("Councillor", DIVISION, EARLY, true);
            Party spouse = new Party("spouse", "Mrs Governor", "KR", OTHER, null, true, "Governor");
            assertThat(names(Precedence.order(List.of(spouse, councillor, governor))))
                    .containsExactly("Governor", "Mrs Governor", "Councillor");
        }

        @Test
        void aSpouseWhosePartnerIsAbsentTakesTheirOwnPlace() {
            Party spouse = new Party("spouse", "Mrs Absent", "KR", OTHER, null, true, "absent");
            Party councillor = kr("Councillor", DIVISION, EARLY, true);
            assertThat(names(Precedence.order(List.of(spouse, councillor))))
                    .containsExactly("Councillor", "Mrs Absent");
        }
    }

    @Test
    void seatingOrderOrdersEachSideOnItsOwn() {
        SeatingOrder order = SeatingOrder.of(
                List.of(kr("Guest junior", DIVISION, EARLY, true), kr("Guest head", BUREAU, EARLY, true)),
                List.of(party("Host junior", "CN", OTHER, EARLY, true), party("Mayor", "CN", BUREAU, EARLY, true)));
        assertThat(order.multilateral()).isFalse();
        assertThat(names(order.guests())).containsExactly("Guest head", "Guest junior");
        assertThat(names(order.hosts())).containsExactly("Mayor", "Host junior");
    }
}
