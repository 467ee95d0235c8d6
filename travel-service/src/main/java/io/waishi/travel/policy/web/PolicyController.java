package io.waishi.travel.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.web.ETags;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.policy.PolicyParameter;
import io.waishi.travel.policy.PolicyValue;
import io.waishi.travel.policy.TravelPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/travel/policy")
@Tag(name = "Travel policy", description = "The parameters of the travel rules, with sources and effective dates")
class PolicyController {

    record NewValue(@NotNull @DecimalMin("0") BigDecimal value, @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = 300) String source) {
    }

    record ParameterView(String key, String unit, LocalizedText description, PolicyValue current, PolicyValue next,
            List<PolicyValue> values, long version) {

        static ParameterView of(PolicyParameter parameter, LocalDate today) {
            return new ParameterView(parameter.key().name(), parameter.key().unit(),
                    LocalizedText.of(parameter.key().descriptionZh(), parameter.key().descriptionEn()),
                    parameter.valueAt(today), parameter.nextAfter(today).orElse(null), parameter.values(),
                    parameter.version() == null ? 0 : parameter.version());
        }
    }

    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    PolicyController(TravelPolicy policy, CalendarService calendar, Clock clock) {
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every parameter with its value today, the next scheduled value and its history")
    List<ParameterView> all() {
        LocalDate today = today();
        return policy.all().stream().map(parameter -> ParameterView.of(parameter, today)).toList();
    }

    @GetMapping("/{key}")
    ResponseEntity<ParameterView> get(@PathVariable String key) {
        PolicyParameter parameter = policy.get(key);
        return ETags.ok(ParameterView.of(parameter, today()), parameter.version());
    }

    @PostMapping("/{key}/values")
    @Operation(summary = "Set a new value from a date on (ADMIN); the past is never rewritten")
    ResponseEntity<ParameterView> schedule(@PathVariable String key, @Valid @RequestBody NewValue request, Actor actor) {
        PolicyParameter parameter = policy.schedule(actor, key, request.value(), request.effectiveFrom(), request.source());
        return ETags.ok(ParameterView.of(parameter, today()), parameter.version());
    }

    private LocalDate today() {
        return calendar.calendar().today(clock);
    }
}
