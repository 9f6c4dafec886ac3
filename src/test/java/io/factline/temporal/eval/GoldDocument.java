package io.factline.temporal.eval;

import io.factline.temporal.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * A text with its publication date and every temporal expression annotated in it.
 *
 * @param id          "fr-001", or the seed file name for the seed gold
 * @param corpus      the corpus it comes from: seed, dev or heldout
 * @param language    the language of the text
 * @param publishedOn the publication date deictics and weekdays resolve against
 * @param text        the full text; gold offsets are code points into it
 * @param timexes     the annotations, in text order
 */
public record GoldDocument(
        String id,
        String corpus,
        Language language,
        LocalDate publishedOn,
        String text,
        List<GoldTimex> timexes) {

    public GoldDocument {
        timexes = List.copyOf(timexes);
    }

    public int codePointLength() {
        return text.codePointCount(0, text.length());
    }

    /** The substring between two code-point offsets (end exclusive). */
    public String slice(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }
}
