package io.waishi.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void anActorNeedsAUserId() {
        assertThatThrownBy(() -> new Actor(" ", Set.of(Role.ADMIN), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankUnitIsNoUnit() {
        assertThat(Actor.of("li", " ", Role.UNIT_CLERK).unit()).isEmpty();
    }

    @Test
    void requireRefusesWithoutTheRoleAndNamesTheAct() {
        Actor clerk = Actor.of("li", "U-EDU", Role.UNIT_CLERK);
        clerk.require("draft", Role.UNIT_CLERK, Role.UNIT_SIGNATORY);
        assertThatThrownBy(() -> clerk.require("approve the delegation", Role.FAO_DIRECTOR))
                .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("approve the delegation");
    }

    @Test
    void unknownRoleNamesAreNotRoles() {
        assertThat(Role.parse("FAO_DIRECTOR")).contains(Role.FAO_DIRECTOR);
        assertThat(Role.parse("SUPERUSER")).isEmpty();
        assertThat(Role.parse("fao_director")).isEmpty();
    }

    @Test
    void localizedTextNeedsChinese() {
        assertThatThrownBy(() -> LocalizedText.of(" ", "Visit")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalizedText.of("来访", " ").en()).isNull();
        assertThat(LocalizedText.of("来访", null).enOrZh()).isEqualTo("来访");
    }

    @Test
    void aRuleViolationNeedsAtLeastOneRule() {
        assertThatThrownBy(() -> new RuleViolationException(java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
