package io.waishi.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.web.PageOf;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets an auditor (or an administrator) read this service's audit trail and check that it is intact. Read-only. */
@RestController
@RequestMapping("${waishi.api.prefix}/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
@Tag(name = "Audit trail", description = "Every state change of this service's objects, hash-chained")
public class AuditController {

    private final AuditChain chain;

    public AuditController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping
    @Operation(summary = "Audit records, newest first, per object, per user and per period (from inclusive, to exclusive)")
    PageOf<AuditRecord> find(@RequestParam(required = false) @Size(max = 200) String objectId,
            @RequestParam(required = false) @Size(max = 200) String objectType,
            @RequestParam(required = false) @Size(max = 200) String user,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
        AuditChain.Filter filter = new AuditChain.Filter(blankToNull(objectId), blankToNull(objectType), blankToNull(user),
                from, to);
        PageOf.Request request = PageOf.request(page, size);
        return new PageOf<>(chain.find(filter, request.page(), request.size()), request.page(), request.size(),
                chain.count(filter));
    }

    @GetMapping("/verify")
    @Operation(summary = "Check the whole chain: every record present, in order, unaltered")
    AuditChain.Verification verify() {
        return chain.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
