package io.waishi.reception.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The visit workflow's state table, pair by pair. When an act that moves a visit on arrives, walk it on a
 * real aggregate here too ({@link VisitFixtures#inState}), as DelegationTest does.
 */
class VisitStatusTest {

    /** The workflow as the office describes it (issue 5): which acts each state allows. */
    static final Map<VisitStatus, Set<VisitAct>> WORKFLOW = Map.of(
            VisitStatus.REQUESTED, EnumSet.of(VisitAct.APPROVE_INVITATION, VisitAct.CANCEL),
            VisitStatus.INVITATION_APPROVED, EnumSet.of(VisitAct.SEND_INVITATION, VisitAct.CANCEL),
            VisitStatus.INVITED, EnumSet.of(VisitAct.ISSUE_VISA_LETTERS, VisitAct.DRAFT_PLAN, VisitAct.CANCEL),
            VisitStatus.VISA_LETTERS_ISSUED, EnumSet.of(VisitAct.DRAFT_PLAN, VisitAct.CANCEL),
            VisitStatus.PLAN_DRAFTED, EnumSet.of(VisitAct.APPROVE_PLAN, VisitAct.DRAFT_PLAN, VisitAct.CANCEL),
            VisitStatus.PLAN_APPROVED, EnumSet.of(VisitAct.START, VisitAct.DRAFT_PLAN, VisitAct.CANCEL),
            VisitStatus.IN_PROGRESS, EnumSet.of(VisitAct.COMPLETE, VisitAct.CANCEL),
            VisitStatus.COMPLETED, EnumSet.of(VisitAct.ARCHIVE),
            VisitStatus.ARCHIVED, EnumSet.noneOf(VisitAct.class),
            VisitStatus.CANCELLED, EnumSet.noneOf(VisitAct.class));

    static Stream<Arguments> everyStateAndAct() {
        return Arrays.stream(VisitStatus.values())
                .flatMap(state -> Arrays.stream(VisitAct.values()).map(act -> Arguments.of(state, act)));
    }

    @Test
    void theWorkflowNamesEveryState() {
        assertThat(WORKFLOW.keySet()).containsExactlyInAnyOrder(VisitStatus.values());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndAct")
    void theTableAllowsExactlyTheWorkflowsActs(VisitStatus state, VisitAct act) {
        assertThat(state.allows(act)).isEqualTo(WORKFLOW.get(state).contains(act));
    }

    @ParameterizedTest
    @EnumSource(VisitStatus.class)
    void aVisitIsRequestedOnceNeverAgain(VisitStatus state) {
        assertThat(state.allows(VisitAct.REQUEST)).isFalse();
    }

    @Test
    void aRequestOpensTheVisitInTheTablesInitialState() {
        assertThat(VisitFixtures.inState(VisitStatus.initial()).status()).isEqualTo(VisitStatus.REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(VisitStatus.class)
    void everyStateCanBeReached(VisitStatus state) {
        assertThat(VisitFixtures.inState(state).status()).isEqualTo(state);
    }
}
