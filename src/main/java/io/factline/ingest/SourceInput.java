package io.factline.ingest;

import io.factline.temporal.Language;
import io.factline.web.Problem.InvalidParam;
import io.factline.web.ProblemException;
import io.factline.web.ProblemTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A posted source as the client sent it, and the checks that turn it into a {@link NewSource}. */
final class SourceInput {

    /** Largest text accepted, in UTF-8 bytes (the body limit, 2 MiB, leaves room for JSON escapes). */
    static final int MAX_TEXT_BYTES = 1 << 20;
    static final int MAX_TITLE = 1000;
    static final int MAX_PUBLISHER = 500;
    static final int MAX_URL = 2000;

    @Schema(name = "NewSource", description = "An article to add to the timeline.")
    record SourceRequest(
            @Schema(required = true, description = "The article's text, at most 1 MiB of UTF-8, stored byte for byte")
            String text,
            @Schema(required = true, description = "Publication date, YYYY-MM-DD: what relative expressions "
                    + "(\"vendredi dernier\", \"last week\") resolve against", examples = "2023-04-21")
            String publishedOn,
            @Schema(nullable = true, description = "fr or en; detected from the text when absent",
                    enumeration = {"fr", "en"})
            String language,
            @Schema(nullable = true, maxLength = MAX_TITLE)
            String title,
            @Schema(nullable = true, maxLength = MAX_PUBLISHER)
            String publisher,
            @Schema(nullable = true, maxLength = MAX_URL, description = "Absolute http(s) URL of the article")
            String url) {
    }

    private SourceInput() {
    }

    /**
     * Checks every field and names each offending one; {@code type} says whether they came as body fields or
     * (text/plain) as query parameters.
     */
    static NewSource check(SourceRequest request, String type) {
        if (request == null) {
            throw new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                    "The body must be a JSON object with text and publishedOn", null);
        }
        List<InvalidParam> errors = new ArrayList<>();
        String text = request.text();
        if (text == null || text.isBlank()) {
            errors.add(new InvalidParam("text", "is required and must not be blank"));
        } else if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new ProblemException(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "text is longer than " + MAX_TEXT_BYTES + " bytes of UTF-8",
                    List.of(new InvalidParam("text", "longer than 1 MiB")));
        } else {
            String reason = badCharacter(text);
            if (reason != null) {
                errors.add(new InvalidParam("text", reason));
            }
        }
        LocalDate publishedOn = null;
        if (request.publishedOn() == null || request.publishedOn().isBlank()) {
            errors.add(new InvalidParam("publishedOn", "is required (YYYY-MM-DD)"));
        } else {
            try {
                publishedOn = LocalDate.parse(request.publishedOn().strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidParam("publishedOn", "expected a date YYYY-MM-DD"));
            }
        }
        Language language = null;
        if (request.language() != null && !request.language().isBlank()) {
            language = Language.fromCode(request.language()).orElse(null);
            if (language == null) {
                errors.add(new InvalidParam("language", "unsupported; expected fr or en"));
            }
        }
        String title = optional("title", request.title(), MAX_TITLE, errors);
        String publisher = optional("publisher", request.publisher(), MAX_PUBLISHER, errors);
        String url = optional("url", request.url(), MAX_URL, errors);
        if (url != null && !isWebUrl(url)) {
            errors.add(new InvalidParam("url", "expected an absolute http or https URL"));
        }
        if (!errors.isEmpty()) {
            boolean body = ProblemTypes.INVALID_BODY.equals(type);
            throw new ProblemException(400, type, body ? "Invalid request body" : "Invalid parameter",
                    String.join("; ", errors.stream().map(e -> e.name() + ": " + e.reason()).toList()), errors);
        }
        return new NewSource(text, publishedOn, language, title, publisher, url);
    }

    private static String optional(String name, String value, int max, List<InvalidParam> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(new InvalidParam(name, "at most " + max + " characters"));
        }
        return stripped;
    }

    /**
     * Why the text cannot be stored as it is, or null: control characters other than tab, line and page breaks
     * (PostgreSQL refuses NUL in text) and lone surrogates (they have no UTF-8 form, so no digest).
     */
    static String badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (\\u" + Integer.toHexString(c) + ") at index " + i;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return "contains the control character U+" + String.format(Locale.ROOT, "%04X", (int) c)
                        + " at index " + i;
            }
        }
        return null;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
