package io.waishi.platform.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A request whose body has been read to fingerprint it, and the request to pass on: the body is served again
 * from memory. Its size is bounded by {@code waishi.http.max-body-size}, which the body limit filter enforces
 * before this runs. Forms and multipart requests are left to the container to parse and are fingerprinted by
 * their parameters and parts.
 */
record CapturedRequest(HttpServletRequest request, String fingerprint) {

    static CapturedRequest capture(HttpServletRequest request) throws IOException, ServletException {
        String contentType = request.getContentType();
        MediaType mediaType = mediaType(contentType);
        byte[] body;
        HttpServletRequest forward = request;
        if (mediaType != null && MediaType.APPLICATION_FORM_URLENCODED.includes(mediaType)) {
            body = RequestFingerprint.canonicalForm(request.getParameterMap());
        } else if (mediaType != null && MediaType.MULTIPART_FORM_DATA.includes(mediaType)) {
            body = canonicalMultipart(request);
        } else {
            try (InputStream in = request.getInputStream()) {
                body = in.readAllBytes();
            }
            forward = new CachedBodyRequest(request, body);
        }
        String fingerprint = RequestFingerprint.of(request.getQueryString(), contentType,
                request.getHeader(HttpHeaders.IF_MATCH), request.getHeader(HttpHeaders.IF_NONE_MATCH), body);
        return new CapturedRequest(forward, fingerprint);
    }

    private static byte[] canonicalMultipart(HttpServletRequest request) throws IOException, ServletException {
        List<Part> parts = new ArrayList<>(request.getParts());
        parts.sort(Comparator.comparing(Part::getName).thenComparing(part -> String.valueOf(part.getSubmittedFileName())));
        Sha256 multipart = Sha256.start().field("multipart")
                .field(RequestFingerprint.canonicalForm(request.getParameterMap()));
        for (Part part : parts) {
            multipart.field(part.getName()).field(part.getSubmittedFileName()).field(part.getContentType());
            try (InputStream in = part.getInputStream()) {
                multipart.field(Sha256.of(in.readAllBytes()));
            }
        }
        return multipart.hex().getBytes(StandardCharsets.US_ASCII);
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    /** Serves a body that has already been read. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private ServletInputStream stream;
        private BufferedReader reader;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called for this request");
            }
            if (stream == null) {
                stream = new BodyStream(body);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            if (stream != null) {
                throw new IllegalStateException("getInputStream() has already been called for this request");
            }
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
            }
            return reader;
        }
    }

    private static final class BodyStream extends ServletInputStream {

        private final ByteArrayInputStream in;

        BodyStream(byte[] body) {
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
