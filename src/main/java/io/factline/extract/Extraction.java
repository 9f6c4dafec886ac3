package io.factline.extract;

import io.factline.temporal.Timex;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the service reads in a text: its temporal expressions, and the sentences that carry a date. */
@Schema(name = "Extraction")
public record Extraction(
        @Schema(description = "Language the text was read as: the one asked for, or the one detected", examples = "fr")
        String language,
        @Schema(description = "The date relative expressions were resolved against")
        LocalDate publishedOn,
        @Schema(description = "Every temporal expression, in text order; durations and sets carry no interval")
        List<Timex> timexes,
        @Schema(description = "Each sentence with a date it carries: the raw material of events. A sentence with "
                + "two dates appears twice, once per date.")
        List<Statement> statements) {

    /** A sentence of the text and one DATE it carries; offsets are Unicode code points, end exclusive. */
    @Schema(name = "Statement")
    public record Statement(String text, int start, int end, Timex timex) {
    }
}
