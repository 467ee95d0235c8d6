package io.waishi.travel.delegation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.travel.delegation.DeadlineKind;
import io.waishi.travel.delegation.DelegationService;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.OfficeDay;
import io.waishi.travel.delegation.web.DelegationRequests.DeadlineView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The office's list of deadlines near or missed: corrections, green-channel targets, reports, notices. */
@RestController
@RequestMapping("/api/travel/deadlines")
@Tag(name = "Deadlines", description = "Dates the office watches on delegation files")
class DeadlineController {

    private final DelegationService service;

    DeadlineController(DelegationService service) {
        this.service = service;
    }

    /** One watched date of one file. */
    record DeadlineRow(String delegationId, String unit, LocalizedText title, DelegationStatus status,
            boolean greenChannel, DeadlineKind kind, LocalDate dueOn, String state) {
    }

    @GetMapping
    @Operation(summary = "Open deadlines the caller may see, nearest first; filter by kind and state "
            + "(DUE, DUE_SOON, MISSED)")
    List<DeadlineRow> list(@RequestParam(required = false) DeadlineKind kind,
            @RequestParam(required = false) String state, Actor actor) {
        OfficeDay day = service.officeDay();
        return service.withOpenDeadlines(actor).stream()
                .flatMap(delegation -> delegation.deadlines().stream().filter(deadline -> deadline.isOpen())
                        .map(deadline -> {
                            DeadlineView view = DeadlineView.of(deadline, day);
                            return new DeadlineRow(delegation.id(), delegation.unit(), delegation.plan().title(),
                                    delegation.status(), delegation.greenChannel(), view.kind(), view.dueOn(),
                                    view.state());
                        }))
                .filter(row -> kind == null || row.kind() == kind)
                .filter(row -> state == null || row.state().equals(state))
                .sorted(Comparator.comparing(DeadlineRow::dueOn).thenComparing(row -> !row.greenChannel()))
                .toList();
    }
}
