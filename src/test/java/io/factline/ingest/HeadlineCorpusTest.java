package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.extract.Extraction;
import io.factline.extract.Extractor;
import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import io.factline.temporal.eval.DevCorpora;
import io.factline.temporal.eval.TimeMlDocument;
import io.factline.temporal.eval.TimeMlReader;
import io.factline.timeline.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ingests every article of the French TimeBank dev corpus and of the English AQUAINT one (from
 * {@code ../shared/corpora} beside the project root, or {@code -Dfactline.corpora=FOLDER}; a missing corpus fails)
 * and holds each machine-made title to the headline rules: at most 90 characters, not blank, without its date
 * expression, never ending on a comma, a dangling mark or a function word, and with its quotation marks balanced.
 */
class HeadlineCorpusTest {

    @Test
    void everyTitleOfTheFrenchDevCorpusIsAHeadline() {
        assertHeadlines("fr-timebank-dev", Language.FR, 80);
    }

    @Test
    void everyTitleOfTheEnglishCorpusIsAHeadline() {
        assertHeadlines("aquaint-en", Language.EN, 400);
    }

    /** The check can fail: each of these titles breaks one rule. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Le président a annulé une rencontre avec le                                                    | hier
            La reine Elizabeth a présidé hier la cérémonie                                                 | hier
            Jacques Chirac et Lionel Jospin,                                                               | 2002
            « La situation est critique                                                                    | mardi
            La reine Elizabeth a présidé la cérémonie officielle d'ouverture du nouveau Parlement du Pays de Galles | hier
            """)
    void flagsATitleThatBreaksARule(String title, String date) {
        assertThat(problem(title, date, title + " et le reste de la phrase.", HeadlineGrammar.FRENCH)).isNotNull();
    }

    @Test
    void passesAHeadline() {
        assertThat(problem("Le chef de l'Etat a nommé à Matignon Jean-Pierre Raffarin", "hier",
                "Le chef de l'Etat a nommé dès hier à Matignon Jean-Pierre Raffarin.", HeadlineGrammar.FRENCH)).isNull();
        assertThat(problem("Bauer : « Cela ne peut pas arriver trop tôt »", "jeudi",
                "« Cela ne peut pas arriver trop tôt », Bauer a déclaré jeudi.", HeadlineGrammar.FRENCH)).isNull();
    }

    private static void assertHeadlines(String corpus, Language language, int atLeast) {
        TemporalResolver resolver = new TemporalResolver();
        HeadlineGrammar grammar = HeadlineGrammar.of(language);
        List<String> problems = new ArrayList<>();
        int titles = 0;
        for (TimeMlDocument document : TimeMlReader.readFolder(DevCorpora.folder(corpus))) {
            Extraction extraction = Extractor.read(resolver, document.text(), document.publishedOn(), language);
            for (Event event : EventGrouping.onEmptyTimeline(extraction, document.id(), document.text(), List.of(),
                    List.of())) {
                titles++;
                String problem = problem(event.title, event.date.expression, event.summary, grammar);
                if (problem != null) {
                    problems.add(document.id() + ": " + problem + ": «" + event.title + "»");
                }
            }
        }
        assertThat(titles).as("titles made").isGreaterThan(atLeast);
        assertThat(problems).as("titles that break the headline rules").isEmpty();
    }

    /**
     * What is wrong with {@code title}, or null. A sentence that is nothing but its date ("Until this week.") keeps
     * its words: there is nothing else to head it with.
     */
    static String problem(String title, String dateExpression, String sentence, HeadlineGrammar grammar) {
        if (title == null || title.isBlank()) {
            return "blank";
        }
        if (title.codePointCount(0, title.length()) > Headline.MAX_TITLE) {
            return "longer than " + Headline.MAX_TITLE;
        }
        char last = title.charAt(title.length() - 1);
        if (",;:-–—«“(/&.".indexOf(last) >= 0 || Character.isWhitespace(last)) {
            return "ends on '" + last + "'";
        }
        List<Headline.Word> words = Headline.words(title);
        boolean quotation = "»”\"".indexOf(last) >= 0;
        if (words.size() > 1 && !quotation && grammar.isFunctionWord(words.get(words.size() - 1).norm())) {
            return "ends on a function word";
        }
        boolean onlyTheDate = sentence != null && Headline.words(sentence).size() == words.size();
        if (dateExpression != null && !onlyTheDate
                && title.toLowerCase(Locale.ROOT).contains(dateExpression.toLowerCase(Locale.ROOT))) {
            return "holds its date «" + dateExpression + "»";
        }
        if (count(title, '«') != count(title, '»') || count(title, '“') != count(title, '”')) {
            return "unbalanced quotation marks";
        }
        return null;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
