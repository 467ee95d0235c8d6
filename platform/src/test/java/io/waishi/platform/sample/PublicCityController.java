package io.waishi.platform.sample;

import io.waishi.platform.domain.NotFoundException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What anyone may read without a token, as a service's {@code /public/**} endpoints are. */
@RestController
@RequestMapping("/public/sample/cities")
class PublicCityController {

    private final Cities cities;

    PublicCityController(Cities cities) {
        this.cities = cities;
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        City city = cities.findById(id).orElseThrow(() -> new NotFoundException("City", id));
        return Map.of("id", city.aggregateId(), "name", city.name());
    }

    /** Never reached without a token: only reading is open under /public. */
    @PostMapping("/{id}")
    Map<String, Object> touch(@PathVariable String id) {
        return Map.of("id", id);
    }
}
