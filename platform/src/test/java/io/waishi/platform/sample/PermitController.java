package io.waishi.platform.sample;

import io.waishi.platform.domain.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sample/permits")
class PermitController {

    record Apply(@NotBlank String title, @NotBlank String passportNumber, LocalDate dateOfBirth, String holderName) {
    }

    record Decision(String reason) {
    }

    private final Permits permits;

    PermitController(Permits permits) {
        this.permits = permits;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> request(@Valid @RequestBody Apply request) {
        String sealed = Base64.getEncoder().encodeToString(("sealed:" + request.passportNumber()).getBytes(StandardCharsets.UTF_8));
        Permit permit = permits.save(Permit.request(UUID.randomUUID().toString(), request.title(), sealed,
                request.dateOfBirth(), request.holderName()));
        return Map.of("id", permit.id());
    }

    @PostMapping("/{id}/approve")
    Map<String, Object> approve(@PathVariable String id, @RequestBody Decision decision) {
        Permit permit = permits.findById(id).orElseThrow(() -> new NotFoundException("Permit", id));
        permit.approve();
        return Map.of("id", permits.save(permit).id(), "status", permit.status());
    }
}
