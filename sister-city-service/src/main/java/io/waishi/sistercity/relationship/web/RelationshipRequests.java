package io.waishi.sistercity.relationship.web;

import io.waishi.platform.domain.Actor;
import io.waishi.sistercity.relationship.CooperationField;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.RelationshipAct;
import io.waishi.sistercity.relationship.RelationshipKind;
import io.waishi.sistercity.relationship.RelationshipStage;
import io.waishi.sistercity.relationship.Signatory;
import io.waishi.sistercity.relationship.SignedDocument;
import io.waishi.sistercity.relationship.Signing;
import io.waishi.sistercity.relationship.StageChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The request and response bodies of the relationship API. */
final class RelationshipRequests {

    private RelationshipRequests() {
    }

    record SignatoryRequest(@NotNull Signatory.Side side, @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String title) {
    }

    record DocumentRequest(@NotBlank @Size(max = 20) String language, @NotBlank @Size(max = 300) String ref,
            @Size(max = 300) String title) {
    }

    record SigningRequest(@NotNull LocalDate date, @NotBlank @Size(max = 200) String place,
            @NotEmpty @Size(max = 20) List<@Valid SignatoryRequest> signatories,
            @Size(max = 20) List<@Valid DocumentRequest> documents) {

        Signing toSigning() {
            return new Signing(date, place,
                    signatories.stream().map(s -> new Signatory(s.side(), s.name(), s.title())).toList(),
                    documents == null ? List.of()
                            : documents.stream().map(d -> new SignedDocument(d.language(), d.ref(), d.title())).toList());
        }
    }

    record RecordIntent(@NotBlank String partnerCityId, @NotNull RelationshipKind kind,
            Set<CooperationField> cooperationFields, @NotNull @Valid SigningRequest intent) {
    }

    record RecordEstablished(@NotBlank String partnerCityId, @NotNull RelationshipKind kind,
            Set<CooperationField> cooperationFields, @Valid SigningRequest intent,
            @NotNull @Valid SigningRequest agreement, @NotBlank @Size(max = 100) String nationalApprovalReference) {
    }

    record ApplyAs(@NotNull RelationshipKind kind) {
    }

    record ApprovalRequest(@NotBlank @Size(max = 100) String reference, @Size(max = 2000) String note) {
    }

    record AgreementRequest(@NotNull @Valid SigningRequest agreement, Set<CooperationField> cooperationFields,
            @Size(max = 100) String reference) {
    }

    record NoteRequest(@Size(max = 2000) String note) {
    }

    record TerminationRequest(@NotBlank @Size(max = 2000) String reason, @Size(max = 100) String reference) {
    }

    record RelationshipView(String id, String partnerCityId, RelationshipKind kind,
            Set<CooperationField> cooperationFields, Signing intent, Signing agreement, RelationshipStage stage,
            String createdBy, Instant createdAt, List<StageChange> history, Set<RelationshipAct> actions,
            long version) {

        static RelationshipView of(Relationship relationship, Actor actor) {
            return new RelationshipView(relationship.id(), relationship.partnerCityId(), relationship.kind(),
                    relationship.cooperationFields(), relationship.intent(), relationship.agreement(),
                    relationship.stage(), relationship.createdBy(), relationship.createdAt(), relationship.history(),
                    relationship.actionsFor(actor), relationship.version() == null ? 0 : relationship.version());
        }
    }
}
