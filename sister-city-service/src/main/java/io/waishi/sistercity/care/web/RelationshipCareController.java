package io.waishi.sistercity.care.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.PageOf;
import io.waishi.sistercity.care.RelationshipCare;
import io.waishi.sistercity.care.RelationshipCare.AtRiskRelationship;
import io.waishi.sistercity.care.RelationshipCare.UpcomingAnniversary;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's care lists over HTTP: relationships at risk of dormancy and round anniversaries coming. The
 * literal paths win over the relationships' {@code /{id}} in Spring's matching.
 */
@RestController
@RequestMapping("/api/sister-cities/relationships")
@Tag(name = "Relationship care", description = "Dormancy risk and round anniversaries (RULES.md §2)")
class RelationshipCareController {

    private final RelationshipCare care;

    RelationshipCareController(RelationshipCare care) {
        this.care = care;
    }

    @GetMapping("/at-risk")
    @Operation(summary = "Active relationships at risk of dormancy at the last check, quietest first")
    PageOf<AtRiskRelationship> atRisk(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        return page(care.atRisk(actor), page, size);
    }

    @GetMapping("/anniversaries")
    @Operation(summary = "Round anniversaries of relationships in force within the lead time, or within "
            + "withinMonths (at most 24), soonest first, each saying whether it was announced")
    PageOf<UpcomingAnniversary> anniversaries(@RequestParam(required = false) Integer withinMonths,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        return page(care.anniversaries(actor, withinMonths), page, size);
    }

    private static <T> PageOf<T> page(List<T> all, int page, int size) {
        return PageOf.of(all, PageOf.request(page, size), Function.identity());
    }
}
