package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API contract: code-point offsets, text order, no overlaps, longest match, resolve() and language guessing. */
class ExtractionContractTest {

    private final TemporalResolver resolver = new TemporalResolver();

    @Test
    void countsOffsetsInCodePointsNotUtf16Units() {
        String text = "😀🚀 Le 3 mars 2022, puis 𝄞 hier.";
        List<Timex> found = resolver.extract(text, LocalDate.of(2024, 5, 16), Language.FR);
        assertEquals(2, found.size(), () -> Resolutions.describe(found));
        Timex date = found.get(0);
        assertEquals("Le 3 mars 2022", date.text());
        assertEquals(3, date.start());
        assertEquals(17, date.end());
        int[] codePoints = text.codePoints().toArray();
        assertEquals(date.text(), new String(codePoints, date.start(), date.end() - date.start()));
        Timex yesterday = found.get(1);
        assertEquals("hier", new String(codePoints, yesterday.start(), yesterday.end() - yesterday.start()));
    }

    @Test
    void returnsExpressionsInTextOrderWithoutOverlaps() {
        String text = "Hier, le 3 mars 2022, puis la semaine dernière et deux jours plus tard, en 2023.";
        List<Timex> found = resolver.extract(text, LocalDate.of(2024, 5, 16), Language.FR);
        assertEquals(List.of("Hier", "le 3 mars 2022", "la semaine dernière", "deux jours plus tard", "2023"),
                found.stream().map(Timex::text).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start(), () -> Resolutions.describe(found));
        }
    }

    @Test
    void prefersTheLongestExpressionAtAPosition() {
        List<Timex> found = resolver.extract("Il est venu le lundi 3 mars 2025 au matin.", LocalDate.of(2025, 4, 1),
                Language.FR);
        assertEquals("le lundi 3 mars 2025", found.get(0).text(), "TimeML keeps \"le\" before a weekday and date");
        assertEquals(LocalDate.of(2025, 3, 3), found.get(0).earliest());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        la semaine dernière   | 2024-05-06 | deictic.last_week
        vendredi dernier      | 2024-05-10 | weekday.last
        le 14 juillet 1789    | 1789-07-14 | date.absolute.dmy
        """)
    void resolvesAnExpressionOnItsOwn(String expression, String earliest, String rule) {
        Timex timex = resolver.resolve(expression, LocalDate.of(2024, 5, 16), Language.FR).orElseThrow();
        assertEquals(LocalDate.parse(earliest), timex.earliest());
        assertEquals(rule, timex.rule());
    }

    @Test
    void resolvesNothingForANonTemporalExpression() {
        assertTrue(resolver.resolve("le chat dort", LocalDate.of(2024, 5, 16), Language.FR).isEmpty());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Le secrétaire général de l'OTAN a déclaré mardi que l'alliance restait unie. | FR
        NATO's secretary general said on Tuesday that the alliance was united.       | EN
        The troops were deployed to the border and the talks have stalled.          | EN
        ''                                                                           | FR
        12 34 56                                                                     | FR
        """)
    void guessesTheLanguageFromFunctionWordsAndDefaultsToFrench(String text, String language) {
        assertEquals(Language.valueOf(language), TemporalResolver.detectLanguage(text));
    }
}
