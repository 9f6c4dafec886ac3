package io.factline.temporal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the temporal expressions of a French or English news text and resolves each to an interval of days,
 * against the publication date or, for anaphora, against the latest date the text mentioned before it.
 * Thread-safe and stateless: one instance can serve every request.
 */
public final class TemporalResolver {

    /** Every temporal expression of {@code text}, in text order, with code-point offsets. */
    public List<Timex> extract(String text, LocalDate publishedOn, Language language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(language, "language");
        return new Extraction(text, publishedOn, Grammar.of(language)).run();
    }

    /** Resolves one expression on its own (no surrounding clause) against {@code anchor}. */
    public Optional<Timex> resolve(String expression, LocalDate anchor, Language language) {
        List<Timex> found = extract(expression, anchor, language);
        Timex widest = null;
        for (Timex timex : found) {
            if (widest == null || timex.end() - timex.start() > widest.end() - widest.start()) {
                widest = timex;
            }
        }
        return Optional.ofNullable(widest);
    }

    /** Guesses French or English from common function words; French when it cannot tell. */
    public static Language detectLanguage(String text) {
        return LanguageDetector.detect(text);
    }
}
