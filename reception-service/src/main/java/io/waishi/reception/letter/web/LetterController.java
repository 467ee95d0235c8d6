package io.waishi.reception.letter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.reception.letter.LetterService;
import io.waishi.reception.letter.VisaLetter;
import io.waishi.reception.letter.web.LetterRequests.IssueLetters;
import io.waishi.reception.letter.web.LetterRequests.IssuedLetters;
import io.waishi.reception.letter.web.LetterRequests.LetterList;
import io.waishi.reception.letter.web.LetterRequests.LetterView;
import io.waishi.reception.letter.web.LetterRequests.Text;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Visa invitation letters (被授权单位邀请函) of a visit. */
@RestController
@RequestMapping(LetterController.PATH)
@Tag(name = "Visa letters", description = "Visa invitation letters (被授权单位邀请函)")
class LetterController {

    static final String PATH = "/api/receptions/visits/{visitId}/letters";

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final LetterService service;

    LetterController(LetterService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Issue letters, one per embassy or consulate, for the guests who need one and have none "
            + "yet; only once the visit is approved (reception officer)")
    ResponseEntity<IssuedLetters> issue(@PathVariable String visitId,
            @Valid @RequestBody(required = false) IssueLetters request, Actor actor) {
        IssueLetters body = request == null ? new IssueLetters(null, null, null) : request;
        List<VisaLetter> issued = service.issue(actor, visitId, Text.of(body.purpose()), Text.of(body.places()),
                Text.of(body.itinerary()));
        return ResponseEntity.created(URI.create("/api/receptions/visits/" + visitId + "/letters"))
                .body(new IssuedLetters(visitId, issued.stream().map(VisaLetter::number).toList(),
                        issued.stream().map(LetterView::of).toList()));
    }

    @GetMapping
    @Operation(summary = "The letters issued for the visit: numbers, embassies, guests, who issued them and when")
    LetterList list(@PathVariable String visitId, Actor actor) {
        return new LetterList(visitId, service.list(actor, visitId).stream().map(LetterView::of).toList());
    }

    @GetMapping(value = "/{number}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "One letter as a printable bilingual HTML page; holds passport data (reception officer)")
    ResponseEntity<String> document(@PathVariable String visitId, @PathVariable String number, Actor actor) {
        String html = LetterHtml.render(service.document(actor, visitId, number));
        return ResponseEntity.ok()
                .contentType(HTML_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(number + ".html").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(html);
    }
}
