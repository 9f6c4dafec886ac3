package io.factline.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source's metadata as the API shows it; its text is served apart, at /sources/{id}/text. */
@Schema(name = "Source", description = "An article: its publication facts and the fingerprint of its exact text.")
public record SourceView(
        @Schema(examples = "001_b5e0b783de3c455c")
        String id,
        @Schema(nullable = true)
        String title,
        @Schema(nullable = true)
        String publisher,
        @Schema(nullable = true)
        String url,
        @Schema(description = "ISO 639-1 language code", examples = "fr")
        String language,
        @Schema(description = "Publication date: what relative expressions of the text are resolved against")
        LocalDate publishedOn,
        @Schema(description = "Length of the text in Unicode code points")
        int length,
        @Schema(description = "Lower-case hex SHA-256 of the UTF-8 text")
        String sha256,
        OffsetDateTime createdAt) {

    public static SourceView of(Source source) {
        return new SourceView(source.id, source.title, source.publisher, source.url, source.language,
                source.publishedOn, source.length, source.sha256, source.createdAt);
    }

    @Schema(name = "SourcePage")
    public record Page(
            @Schema(description = "Sources sorted by publication date, then id")
            List<SourceView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
            String next) {
    }
}
