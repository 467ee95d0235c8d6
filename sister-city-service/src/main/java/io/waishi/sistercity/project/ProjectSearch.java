package io.waishi.sistercity.project;

import io.waishi.sistercity.relationship.CooperationField;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Projects by any combination of partner city, stage and cooperation field: the list's and the board's query. */
public interface ProjectSearch {

    /** The filters staff search by; a null filter matches every project. */
    record Filter(String partnerCityId, ProjectStage stage, CooperationField field) {

        public Filter withStage(ProjectStage newStage) {
            return new Filter(partnerCityId, newStage, field);
        }
    }

    Page<CooperationProject> search(Filter filter, Pageable pageable);
}
