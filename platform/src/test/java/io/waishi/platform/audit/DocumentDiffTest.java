package io.waishi.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    final DocumentDiff diff = new DocumentDiff(new PersonalData(List.of("passports:number", "holder.name")), 60, 5);

    @Test
    void listsOnlyChangedFieldsWithBeforeAndAfter() {
        List<BsonDocument> changes = diff.changes("files",
                BsonDocument.parse("{_id: 'f1', status: 'DRAFT', title: 'Trip', version: 1}"),
                BsonDocument.parse("{_id: 'f1', status: 'SUBMITTED', title: 'Trip', version: 2}"));

        assertThat(changes).containsExactly(BsonDocument.parse("{path: 'status', from: 'DRAFT', to: 'SUBMITTED'}"));
    }

    @Test
    void leavesOutThePlatformsOwnFields() {
        List<BsonDocument> changes = diff.changes("files",
                BsonDocument.parse("{_id: 'f1', _class: 'x', version: 1, outbox: [], auditPending: []}"),
                BsonDocument.parse("{_id: 'f1', _class: 'y', version: 2, outbox: [{eventId: 'e'}], auditPending: [{entryId: 'a'}], "
                        + "recordedEvents: []}"));

        assertThat(changes).isEmpty();
    }

    @Test
    void withholdsSealedAndPersonalValuesButSaysTheyChanged() {
        List<BsonDocument> changes = diff.changes("guests",
                BsonDocument.parse("{sealedNumber: 'AAA', dateOfBirth: {$date: '1980-01-01T00:00:00Z'}}"),
                BsonDocument.parse("{sealedNumber: 'BBB', dateOfBirth: {$date: '1981-01-01T00:00:00Z'}}"));

        assertThat(changes).containsExactly(
                BsonDocument.parse("{path: 'sealedNumber', from: '[personal data]', to: '[personal data]'}"),
                BsonDocument.parse("{path: 'dateOfBirth', from: '[personal data]', to: '[personal data]'}"));
    }

    @Test
    void withholdsConfiguredPathsOnlyWhereConfigured() {
        assertThat(diff.changes("passports", null, BsonDocument.parse("{number: 'E1234567', holder: {name: 'Li Ming', unit: 'U1'}}")))
                .containsExactly(BsonDocument.parse("{path: 'number', to: '[personal data]'}"),
                        BsonDocument.parse("{path: 'holder.name', to: '[personal data]'}"),
                        BsonDocument.parse("{path: 'holder.unit', to: 'U1'}"));
        assertThat(diff.changes("letters", null, BsonDocument.parse("{number: 'L-2026-001'}")))
                .containsExactly(BsonDocument.parse("{path: 'number', to: 'L-2026-001'}"));
    }

    @Test
    void withholdsPersonalDataInsideListsAndNestedDocuments() {
        DocumentDiff roomy = new DocumentDiff(new PersonalData(List.of()), 500, 50);
        List<BsonDocument> changes = roomy.changes("lists", BsonDocument.parse("{guests: []}"),
                BsonDocument.parse("{guests: [{id: 'g1', passport: {sealedNumber: 'S', sealedDateOfBirth: 'D', maskedNumber: 'E***1'}}]}"));

        assertThat(changes).containsExactly(BsonDocument.parse(
                "{path: 'guests', added: [{id: 'g1', passport: {sealedNumber: '[personal data]', "
                        + "sealedDateOfBirth: '[personal data]', maskedNumber: 'E***1'}}]}"));
        assertThat(changes.get(0).toJson()).doesNotContain("'S'", "\"S\"", "\"D\"");
    }

    @Test
    void comparesNestedDocumentsFieldByField() {
        List<BsonDocument> changes = diff.changes("files",
                BsonDocument.parse("{trip: {departure: '2027-03-10', members: 2}}"),
                BsonDocument.parse("{trip: {departure: '2027-03-11', members: 2}}"));

        assertThat(changes).containsExactly(BsonDocument.parse("{path: 'trip.departure', from: '2027-03-10', to: '2027-03-11'}"));
    }

    @Test
    void showsANewOrRemovedNestedDocumentFieldByField() {
        assertThat(diff.changes("files", BsonDocument.parse("{budget: {total: 5, currency: 'CNY'}}"),
                BsonDocument.parse("{plan: {title: 'Trip', legs: 2}}"))).containsExactly(
                        BsonDocument.parse("{path: 'plan.title', to: 'Trip'}"),
                        BsonDocument.parse("{path: 'plan.legs', to: 2}"),
                        BsonDocument.parse("{path: 'budget.total', from: 5}"),
                        BsonDocument.parse("{path: 'budget.currency', from: 'CNY'}"));
    }

    @Test
    void summarisesLongValuesAndCountsChangesBeyondTheLimit() {
        String longText = "x".repeat(100);
        List<BsonDocument> changes = diff.changes("files", null, BsonDocument.parse(
                "{a: '" + longText + "', b: 1, c: 2, d: 3, e: 4, f: 5, g: 6}"));

        assertThat(changes).hasSize(6);
        assertThat(changes.get(0).getString("to").getValue()).startsWith("x".repeat(60) + "…").endsWith("(100 characters)");
        assertThat(changes.get(5)).isEqualTo(BsonDocument.parse("{path: '…', more: 2}"));
    }
}
