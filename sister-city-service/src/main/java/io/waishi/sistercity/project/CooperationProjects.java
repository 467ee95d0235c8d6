package io.waishi.sistercity.project;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All cooperation projects (collection {@code projects}), with the finders the list, the board and reports need. */
public interface CooperationProjects extends MongoRepository<CooperationProject, String>, ProjectSearch {

    Page<CooperationProject> findByPartnerCityId(String partnerCityId, Pageable pageable);

    Page<CooperationProject> findByStage(ProjectStage stage, Pageable pageable);

    List<CooperationProject> findByPartnerCityIdOrderByCreatedAtDesc(String partnerCityId);

    List<CooperationProject> findByRelationshipId(String relationshipId);

    /** Every project with these partners: what a programme plan's project targets are measured from. */
    List<CooperationProject> findByPartnerCityIdIn(Collection<String> partnerCityIds);

    long countByStage(ProjectStage stage);

    long countByPartnerCityIdAndStage(String partnerCityId, ProjectStage stage);
}
