package io.factline.extract;

import io.factline.temporal.Timex;
import java.time.LocalDate;
import java.util.List;

/** What the service reads in a text: its temporal expressions, and the sentences that carry a date. */
public record Extraction(String language, LocalDate publishedOn, List<Timex> timexes, List<Statement> statements) {

    /** A sentence of the text and one DATE it carries; offsets are Unicode code points, end exclusive. */
    public record Statement(String text, int start, int end, Timex timex) {
    }
}
