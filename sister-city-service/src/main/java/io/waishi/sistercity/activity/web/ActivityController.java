package io.waishi.sistercity.activity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.web.ETags;
import io.waishi.sistercity.activity.ExchangeActivities;
import io.waishi.sistercity.activity.ExchangeActivity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sister-cities/activities")
@Tag(name = "Exchange activities", description = "Exchanges with partner cities")
class ActivityController {

    private final ExchangeActivities activities;

    ActivityController(ExchangeActivities activities) {
        this.activities = activities;
    }

    @GetMapping("/{id}")
    ResponseEntity<ActivityView> get(@PathVariable String id) {
        ExchangeActivity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("Activity", id));
        return ETags.ok(ActivityView.of(activity), activity.version());
    }
}
