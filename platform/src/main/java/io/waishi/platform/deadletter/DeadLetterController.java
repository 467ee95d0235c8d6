package io.waishi.platform.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.web.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets an administrator see what this service's consumers gave up on, and re-drive it; an auditor may look. */
@RestController
@RequestMapping("${waishi.api.prefix}/admin/dead-letters")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
@Tag(name = "Dead letters", description = "Events this service could not process")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "List dead letters, newest first")
    PageOf<DeadLetter> list(@RequestParam(required = false) DeadLetter.Status status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageOf.Request request = PageOf.request(page, size);
        return new PageOf<>(deadLetters.list(status, request.page(), request.size()), request.page(), request.size(),
                deadLetters.count(status));
    }

    @GetMapping("/{id}")
    DeadLetter get(@PathVariable String id) {
        return deadLetters.get(id);
    }

    @PostMapping("/{id}/redrive")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Process one dead letter again")
    DeadLetter redrive(@PathVariable String id) {
        return deadLetters.redrive(id);
    }

    @PostMapping("/redrive")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Process every open dead letter again, oldest first")
    DeadLetters.RedriveSummary redriveAll() {
        return deadLetters.redriveAll();
    }
}
