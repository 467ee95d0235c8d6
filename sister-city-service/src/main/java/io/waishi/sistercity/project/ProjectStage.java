package io.waishi.sistercity.project;

import static io.waishi.sistercity.project.ProjectAct.ADD_MILESTONE;
import static io.waishi.sistercity.project.ProjectAct.AGREE;
import static io.waishi.sistercity.project.ProjectAct.COMPLETE;
import static io.waishi.sistercity.project.ProjectAct.DROP_MILESTONE;
import static io.waishi.sistercity.project.ProjectAct.EDIT_MILESTONE;
import static io.waishi.sistercity.project.ProjectAct.REACH_MILESTONE;
import static io.waishi.sistercity.project.ProjectAct.RECORD_FIGURE;
import static io.waishi.sistercity.project.ProjectAct.RESUME;
import static io.waishi.sistercity.project.ProjectAct.STALL;
import static io.waishi.sistercity.project.ProjectAct.START_IMPLEMENTING;
import static io.waishi.sistercity.project.ProjectAct.START_NEGOTIATING;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of a cooperation project and the acts each allows — the one place its state table lives:
 * idea → negotiating → agreed → implementing → completed, with stalled reachable from negotiating, agreed
 * and implementing and resumed back to the stage it stalled from.
 *
 * <p>Milestones are planned (added, edited, dropped) in every stage but completed. A milestone is reached
 * only once the project is agreed and while it is moving (agreed or implementing): an idea or a negotiation
 * has nothing to deliver yet, and a stalled project is resumed before progress is recorded on it. Outcome
 * figures are recorded from the agreement on, and still after completion, when the final numbers come in.
 */
public enum ProjectStage {

    IDEA(START_NEGOTIATING, ADD_MILESTONE, EDIT_MILESTONE, DROP_MILESTONE),
    NEGOTIATING(AGREE, STALL, ADD_MILESTONE, EDIT_MILESTONE, DROP_MILESTONE),
    AGREED(START_IMPLEMENTING, STALL, ADD_MILESTONE, EDIT_MILESTONE, DROP_MILESTONE, REACH_MILESTONE, RECORD_FIGURE),
    IMPLEMENTING(COMPLETE, STALL, ADD_MILESTONE, EDIT_MILESTONE, DROP_MILESTONE, REACH_MILESTONE, RECORD_FIGURE),
    COMPLETED(null, RECORD_FIGURE),
    STALLED(RESUME, ADD_MILESTONE, EDIT_MILESTONE, DROP_MILESTONE, RECORD_FIGURE);

    private final EnumSet<ProjectAct> allowedActs;
    private final ProjectAct nextStep;

    /** The first act listed is the next step on the main line (none once completed); the others are side acts. */
    ProjectStage(ProjectAct nextStep, ProjectAct... sideActs) {
        this.allowedActs = EnumSet.noneOf(ProjectAct.class);
        if (nextStep != null) {
            allowedActs.add(nextStep);
        }
        allowedActs.addAll(Set.of(sideActs));
        this.nextStep = nextStep;
    }

    /** The act that moves the project on along the main line. */
    public Optional<ProjectAct> nextStep() {
        return Optional.ofNullable(nextStep);
    }

    public boolean allows(ProjectAct act) {
        return allowedActs.contains(act);
    }

    /** The acts this stage allows, for clients that show only the buttons that can work. */
    public Set<ProjectAct> allowedActs() {
        return EnumSet.copyOf(allowedActs);
    }

    /** Whether a project may be marked stalled from this stage (and so resumed back to it). */
    public boolean canStall() {
        return allows(STALL);
    }
}
