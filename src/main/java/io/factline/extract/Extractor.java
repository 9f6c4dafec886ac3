package io.factline.extract;

import io.factline.extract.Extraction.Statement;
import io.factline.extract.SentenceSplitter.Sentence;
import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import io.factline.temporal.Timex;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a text: resolves its temporal expressions and pairs each dated one with the sentence holding it. */
@ApplicationScoped
public class Extractor {

    private final TemporalResolver resolver;
    private final ExtractionSlots slots;

    Extractor(TemporalResolver resolver, ExtractionSlots slots) {
        this.resolver = resolver;
        this.slots = slots;
    }

    /**
     * Extracts from {@code text}; {@code language} null means detect it. Runs in one of the
     * {@link ExtractionSlots}: a 503 problem when all are taken.
     */
    public Extraction extract(String text, LocalDate publishedOn, Language language) {
        return slots.run(() -> read(resolver, text, publishedOn, language));
    }

    /** What {@link #extract} does, outside any slot: for measuring the extraction in process. */
    public static Extraction read(TemporalResolver resolver, String text, LocalDate publishedOn, Language language) {
        Language read = language != null ? language : TemporalResolver.detectLanguage(text);
        List<Timex> timexes = resolver.extract(text, publishedOn, read);
        return new Extraction(read.code(), publishedOn, timexes, statements(SentenceSplitter.split(text), timexes));
    }

    /** Pairs sentences and dated timexes; both lists are in text order, so one pass suffices. */
    static List<Statement> statements(List<Sentence> sentences, List<Timex> timexes) {
        List<Statement> statements = new ArrayList<>();
        int s = 0;
        for (Timex timex : timexes) {
            if (!timex.isDated()) {
                continue;
            }
            while (s < sentences.size() && sentences.get(s).end() <= timex.start()) {
                s++;
            }
            if (s == sentences.size()) {
                break;
            }
            Sentence sentence = sentences.get(s);
            if (sentence.start() <= timex.start()) {
                statements.add(new Statement(sentence.text(), sentence.start(), sentence.end(), timex));
            }
        }
        return statements;
    }
}
