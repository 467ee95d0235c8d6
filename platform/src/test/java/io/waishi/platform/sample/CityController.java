package io.waishi.platform.sample;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.platform.web.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sample/cities")
class CityController {

    record RegisterCity(@NotBlank String name, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country) {
    }

    private final Cities cities;

    CityController(Cities cities) {
        this.cities = cities;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterCity request, Actor actor) {
        actor.require("register a city", Role.SISTER_CITY_OFFICER);
        if (request.name().equals("Atlantis")) {
            throw new RuleViolationException(List.of(
                    RuleViolation.of("DIPLOMATIC_RELATIONS_REQUIRED", "country", Map.of("country", request.country())),
                    RuleViolation.of("ADMINISTRATIVE_LEVEL_MATCHES", null, Map.of("level", "mythical"))));
        }
        City city = cities.save(City.register(UUID.randomUUID().toString(), request.name(), request.country(), Instant.now()));
        return ETags.ok(Map.of("id", city.aggregateId(), "name", city.name()), city.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
        City city = cities.findById(id).orElseThrow(() -> new NotFoundException("City", id));
        return ETags.ok(Map.of("id", city.aggregateId(), "name", city.name()), city.version());
    }
}
