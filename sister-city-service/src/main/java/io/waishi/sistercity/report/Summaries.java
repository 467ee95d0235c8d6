package io.waishi.sistercity.report;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.relationship.CooperationField;
import io.waishi.sistercity.relationship.RelationshipKind;
import io.waishi.sistercity.relationship.RelationshipStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The building blocks of the yearly and per-partner reports, shared by both. */
public final class Summaries {

    private Summaries() {
    }

    /** Exchanges in one field and direction: how many held, how many still planned (cancelled ones count nowhere). */
    public record FieldAndDirection(CooperationField field, ExchangeActivity.Direction direction, long held,
            long planned) {
    }

    /** The exchanges of a period or a partner. */
    public record Activities(long held, long planned, long cancelled, long people, List<FieldAndDirection> byField) {
    }

    /** Projects now in each stage, and what moved in the period. */
    public record Projects(Map<ProjectStage, Long> byStage, long proposed, long agreed, long completed) {
    }

    /** One relationship as the reports show it. */
    public record RelationshipLine(String relationshipId, String partnerCityId, LocalizedText partnerName,
            RelationshipKind kind, RelationshipStage stage, LocalDate agreementDate) {
    }

    /** A plan's progress as the reports show it. */
    public record PlanLine(String planId, LocalizedText title, LocalDate startDate, LocalDate endDate, int percent,
            long targetsMet, int targetCount, List<TargetLine> targets) {
    }

    /** One target's progress. */
    public record TargetLine(String targetId, LocalizedText description, int required, int achieved, int pending,
            int percent) {
    }

    /** One partner's exchanges in the yearly report. */
    public record PartnerLine(String partnerCityId, LocalizedText name, String country, long held, long planned) {
    }

    /** The year's summary. */
    public record YearReport(int year, Instant generatedAt, Activities activities, List<PartnerLine> byPartner,
            Projects projects, List<RelationshipLine> relationshipsSigned, Map<RelationshipStage, Long> relationshipsByStage,
            List<PlanLine> plans) {

        public List<ReportRow> rows() {
            List<ReportRow> rows = new ArrayList<>();
            String yearText = Integer.toString(year);
            activityRows(rows, activities);
            for (PartnerLine partner : byPartner) {
                rows.add(new ReportRow("activities_by_partner", partner.name().enOrZh(), partner.country(), "held",
                        partner.held()));
                rows.add(new ReportRow("activities_by_partner", partner.name().enOrZh(), partner.country(), "planned",
                        partner.planned()));
            }
            projectRows(rows, projects);
            relationshipsByStage.forEach((stage, count) -> rows.add(new ReportRow("relationships_by_stage",
                    stage.name(), "", "count", count)));
            for (RelationshipLine signed : relationshipsSigned) {
                rows.add(new ReportRow("relationships_signed", signed.partnerName().enOrZh(), signed.kind().name(),
                        "agreement_date", signed.agreementDate()));
            }
            planRows(rows, plans);
            rows.add(0, new ReportRow("report", "year", "", "value", yearText));
            return rows;
        }
    }

    /** One partner's summary, over the whole relationship. */
    public record PartnerReport(String partnerCityId, LocalizedText name, String country, Instant generatedAt,
            List<RelationshipLine> relationships, LocalDate lastHeldOn, Activities activities,
            Map<Integer, Long> heldByYear, Projects projects, List<PlanLine> plans) {

        public List<ReportRow> rows() {
            List<ReportRow> rows = new ArrayList<>();
            rows.add(new ReportRow("report", "partner", country, "name", name.enOrZh()));
            for (RelationshipLine relationship : relationships) {
                rows.add(new ReportRow("relationship", relationship.kind().name(), relationship.stage().name(),
                        "agreement_date", relationship.agreementDate() == null ? "" : relationship.agreementDate()));
            }
            rows.add(new ReportRow("activities", "last_held_on", "", "date", lastHeldOn == null ? "" : lastHeldOn));
            heldByYear.forEach((year, count) -> rows.add(new ReportRow("activities_by_year", year.toString(), "",
                    "held", count)));
            activityRows(rows, activities);
            projectRows(rows, projects);
            planRows(rows, plans);
            return rows;
        }
    }

    static void activityRows(List<ReportRow> rows, Activities activities) {
        rows.add(new ReportRow("activities", "all", "", "held", activities.held()));
        rows.add(new ReportRow("activities", "all", "", "planned", activities.planned()));
        rows.add(new ReportRow("activities", "all", "", "cancelled", activities.cancelled()));
        rows.add(new ReportRow("activities", "all", "", "people_held", activities.people()));
        for (FieldAndDirection line : activities.byField()) {
            String field = line.field() == null ? "UNSPECIFIED" : line.field().name();
            rows.add(new ReportRow("activities_by_field", field, line.direction().name(), "held", line.held()));
            rows.add(new ReportRow("activities_by_field", field, line.direction().name(), "planned", line.planned()));
        }
    }

    static void projectRows(List<ReportRow> rows, Projects projects) {
        projects.byStage().forEach((stage, count) -> rows.add(new ReportRow("projects_by_stage", stage.name(), "",
                "count", count)));
        rows.add(new ReportRow("projects", "proposed", "", "count", projects.proposed()));
        rows.add(new ReportRow("projects", "agreed", "", "count", projects.agreed()));
        rows.add(new ReportRow("projects", "completed", "", "count", projects.completed()));
    }

    static void planRows(List<ReportRow> rows, List<PlanLine> plans) {
        for (PlanLine plan : plans) {
            rows.add(new ReportRow("plan", plan.title().enOrZh(), "", "percent", plan.percent()));
            for (TargetLine target : plan.targets()) {
                rows.add(new ReportRow("plan_target", plan.title().enOrZh(), target.targetId(), "achieved",
                        target.achieved()));
                rows.add(new ReportRow("plan_target", plan.title().enOrZh(), target.targetId(), "required",
                        target.required()));
                rows.add(new ReportRow("plan_target", plan.title().enOrZh(), target.targetId(), "percent",
                        target.percent()));
            }
        }
    }
}
