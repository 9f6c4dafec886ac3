package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Shared assertions for the table-driven resolver tests: find an expression by its text and check what it means. */
final class Resolutions {

    private static final TemporalResolver RESOLVER = new TemporalResolver();

    private Resolutions() {
    }

    static List<Timex> extract(String language, String publishedOn, String text) {
        return RESOLVER.extract(text, LocalDate.parse(publishedOn), Language.fromCode(language).orElseThrow());
    }

    /** The expression whose text is exactly {@code span}; fails listing what was found otherwise. */
    static Timex find(List<Timex> found, String span, String text) {
        return found.stream().filter(t -> t.text().equals(span)).findFirst()
                .orElseGet(() -> fail("no expression '" + span + "' in: " + text + "\nfound: " + describe(found)));
    }

    static void assertDated(String language, String publishedOn, String text, String span, String value,
            String earliest, String latest, String precision, String mod, String rule) {
        Timex timex = find(extract(language, publishedOn, text), span, text);
        String context = "'" + span + "' in: " + text + " -> " + timex;
        boolean timeOfDay = Precision.valueOf(precision).compareTo(Precision.DAY) < 0;
        assertEquals(timeOfDay ? TimexType.TIME : TimexType.DATE, timex.type(), context);
        assertEquals(value, timex.value(), context);
        assertEquals(LocalDate.parse(earliest), timex.earliest(), context);
        assertEquals(LocalDate.parse(latest), timex.latest(), context);
        assertEquals(Precision.valueOf(precision), timex.precision(), context);
        assertEquals(mod == null ? null : Mod.valueOf(mod), timex.mod(), context);
        if (rule != null) {
            assertEquals(rule, timex.rule(), context);
        }
    }

    /** Asserts the day of an expression known to the day or finer ("jeudi matin"), its anchor and its rule. */
    static void assertDay(String language, String publishedOn, String text, String span, String day, String anchor,
            String rule) {
        Timex timex = find(extract(language, publishedOn, text), span, text);
        String context = "'" + span + "' in: " + text + " -> " + timex;
        assertNotNull(timex.earliest(), context);
        assertTrue(timex.precision().compareTo(Precision.DAY) <= 0, context);
        assertEquals(LocalDate.parse(day), timex.earliest(), context);
        assertEquals(timex.earliest(), timex.latest(), context);
        assertEquals(anchor == null ? null : LocalDate.parse(anchor), timex.anchor(), context);
        assertEquals(rule, timex.rule(), context);
    }

    static String describe(List<Timex> found) {
        return found.stream().map(t -> "'" + t.text() + "' " + t.type() + " " + t.value() + " " + t.earliest()
                + ".." + t.latest() + " (" + t.rule() + ")").collect(Collectors.joining("; "));
    }
}
