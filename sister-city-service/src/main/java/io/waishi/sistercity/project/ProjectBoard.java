package io.waishi.sistercity.project;

import java.util.List;

/**
 * The projects by stage, for the console's board: for each stage, in the order of the path, how many
 * projects are in it and the newest of them.
 */
public record ProjectBoard(List<Column> columns, long total) {

    public record Column(ProjectStage stage, long count, List<CooperationProject> projects) {
    }
}
