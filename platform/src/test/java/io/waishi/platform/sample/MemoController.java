package io.waishi.platform.sample;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Creating endpoints for the idempotency tests: JSON, form and multipart; failing, slow and asynchronous. */
@RestController
@RequestMapping("/api/sample/memos")
class MemoController {

    record WriteMemo(@NotBlank @Size(max = 100) String title) {
    }

    /** How many more requests to the flaky endpoint fail with a 500, as a downstream outage would make them. */
    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    /** The slow endpoint waits for this gate, so a test can send a second request while the first one runs. */
    static final AtomicReference<CountDownLatch> GATE = new AtomicReference<>(new CountDownLatch(0));

    private final MongoTemplate mongo;

    MemoController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody WriteMemo request, Actor actor) {
        return created(request, actor);
    }

    @PostMapping(path = "/form", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> createFromForm(@RequestParam String title, Actor actor) {
        return created(new WriteMemo(title), actor);
    }

    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> createFromUpload(@RequestParam String title, @RequestPart MultipartFile file,
            Actor actor) throws java.io.IOException {
        return created(new WriteMemo(title + " (" + file.getBytes().length + " bytes)"), actor);
    }

    @PostMapping("/flaky")
    ResponseEntity<Map<String, Object>> createFlaky(@Valid @RequestBody WriteMemo request, Actor actor) {
        if (FAILURES_LEFT.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("downstream unavailable");
        }
        return created(request, actor);
    }

    @PostMapping("/slow")
    ResponseEntity<Map<String, Object>> createSlowly(@Valid @RequestBody WriteMemo request, Actor actor)
            throws InterruptedException {
        if (!GATE.get().await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        return created(request, actor);
    }

    @PostMapping("/async")
    Callable<ResponseEntity<Map<String, Object>>> createAsync(@Valid @RequestBody WriteMemo request, Actor actor) {
        return () -> created(request, actor);
    }

    private ResponseEntity<Map<String, Object>> created(WriteMemo request, Actor actor) {
        Memo memo = mongo.insert(new Memo(UUID.randomUUID().toString(), null, request.title(), actor.userId(),
                Instant.now()));
        return ResponseEntity.created(URI.create("/api/sample/memos/" + memo.id()))
                .eTag(ETags.of(memo.version()))
                .body(Map.of("id", memo.id(), "title", memo.title(), "createdBy", memo.createdBy()));
    }
}
