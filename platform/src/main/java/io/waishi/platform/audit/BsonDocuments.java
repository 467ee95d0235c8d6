package io.waishi.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import com.mongodb.MongoClientSettings;

/** Conversions between driver documents and BSON values, and the canonical form records are hashed in. */
final class BsonDocuments {

    private static final CodecRegistry CODECS = MongoClientSettings.getDefaultCodecRegistry();
    private static final DocumentCodec DOCUMENT_CODEC = new DocumentCodec(CODECS);
    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private BsonDocuments() {
    }

    static BsonDocument toBson(Document document) {
        return document.toBsonDocument(BsonDocument.class, CODECS);
    }

    static Document toDocument(BsonDocument bson) {
        return DOCUMENT_CODEC.decode(new BsonDocumentReader(bson), DecoderContext.builder().build());
    }

    /**
     * The record as canonical Extended JSON (MongoDB Extended JSON v2, canonical mode) with the fields of every
     * document in name order: the same record gives the same text whichever order or driver stored it.
     */
    static String canonical(BsonDocument record) {
        return sorted(record).asDocument().toJson(CANONICAL);
    }

    private static BsonValue sorted(BsonValue value) {
        if (value.isDocument()) {
            TreeMap<String, BsonValue> fields = new TreeMap<>();
            value.asDocument().forEach((name, field) -> fields.put(name, sorted(field)));
            BsonDocument copy = new BsonDocument();
            fields.forEach(copy::append);
            return copy;
        }
        if (value.isArray()) {
            BsonArray copy = new BsonArray();
            value.asArray().forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return value;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
