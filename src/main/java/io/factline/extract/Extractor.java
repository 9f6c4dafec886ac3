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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        return governing(statements);
    }

    /**
     * Of the statements of one sentence, drops those whose date sits in a leading participial clause ("Réélu
     * dimanche, le président a nommé hier …") when another date of the sentence is left: that one governs the main
     * clause. A sentence whose only date is in such a clause keeps it. (Dropping dates in relative clauses too,
     * "qui … le 10 novembre", lowered F1 on fr-timebank-dev: such clauses often report the fact the corpus dates.)
     */
    static List<Statement> governing(List<Statement> statements) {
        List<Statement> kept = new ArrayList<>();
        for (int i = 0; i < statements.size(); ) {
            int j = i;
            while (j < statements.size() && statements.get(j).start() == statements.get(i).start()) {
                j++;
            }
            List<Statement> sentence = statements.subList(i, j);
            List<Statement> main = sentence.stream().filter(st -> !subordinate(st)).toList();
            kept.addAll(main.isEmpty() || main.size() == sentence.size() ? sentence : main);
            i = j;
        }
        return kept;
    }

    private static final Pattern LEADING_PARTICIPLE = Pattern.compile(
            "(?u)^[«\"\\s]*(\\p{Lu}\\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues))(?![\\p{L}'’])[^,;:]*,");
    private static final Set<String> NOT_PARTICIPLES = Set.of("tous", "plus", "sous", "vous", "nous", "dessus",
            "jusque", "presque", "chaque", "puisque", "lorsque", "quelque", "obus");

    /** True when the statement's date lies in a leading participial clause, before the first comma. */
    static boolean subordinate(Statement statement) {
        String text = statement.text();
        int length = text.codePointCount(0, text.length());
        int from = statement.timex().start() - statement.start();
        if (from < 0 || from > length) {
            return false;
        }
        int at = text.offsetByCodePoints(0, from);
        Matcher lead = LEADING_PARTICIPLE.matcher(text);
        return lead.find() && lead.end(1) <= at && at < lead.end()
                && !NOT_PARTICIPLES.contains(lead.group(1).toLowerCase(Locale.ROOT));
    }
}
