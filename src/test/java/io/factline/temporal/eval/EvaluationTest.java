package io.factline.temporal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.temporal.Language;
import io.factline.temporal.Precision;
import io.factline.temporal.Timex;
import io.factline.temporal.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scorer's own tests, with stand-in systems: they hold whether or not the resolver exists. */
class EvaluationTest {

    private static final LocalDate PUB = LocalDate.of(2024, 5, 16);

    // ---------------------------------------------------------------------------------------- whole corpora

    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of(Corpus.SEED, Corpus.seed()),
                Arguments.of(Corpus.DEV, Corpus.dev()),
                Arguments.of(Corpus.HELDOUT, Corpus.heldOut()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void aSystemEchoingTheGoldScoresPerfectly(String name, List<GoldDocument> documents) {
        Evaluation ev = Evaluation.evaluate(name, documents, oracle(documents));
        Counts c = ev.total();
        assertEquals(1.0, c.valueF1(), () -> ev.errors().toString());
        assertEquals(1.0, c.strictSpanAccuracy());
        assertEquals(0, c.falsePositives());
        assertEquals(0, c.datedDurationOrSet());
        assertEquals(0, c.badOffsets());
        assertTrue(ev.errors().isEmpty(), () -> ev.errors().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void aSystemFindingNothingHasZeroRecallAndNoFalsePositive(String name, List<GoldDocument> documents) {
        Counts c = Evaluation.evaluate(name, documents, (text, pub, lang) -> List.of()).total();
        assertEquals(0.0, c.valueRecall());
        assertEquals(0.0, c.valueF1());
        assertEquals(0, c.falsePositives());
        assertEquals(c.goldRequired(), Evaluation.evaluate(name, documents, (t, p, l) -> List.of())
                .errors(EvalError.Kind.MISSED).size());
    }

    @Test
    void seedRowsGetAnInferredCategory() {
        for (GoldDocument d : Corpus.seed()) {
            for (GoldTimex t : d.timexes()) {
                assertTrue(!"other".equals(t.category()), t.toString());
            }
        }
        Map<String, String> expected = Map.of(
                "vendredi dernier", "weekday", "Un jour plus tôt", "anaphora", "fin août", "modifier",
                "la semaine dernière", "deictic", "En 2008", "year", "février 2022", "month",
                "24 heures sur 24", "set", "printemps", "season", "en ce moment", "vague");
        Map<String, String> got = new HashMap<>();
        Corpus.seed().forEach(d -> d.timexes().forEach(t -> got.put(t.text(), t.category())));
        expected.forEach((text, category) -> assertEquals(category, got.get(text), text));
    }

    // ---------------------------------------------------------------------------------------- single rules

    @Test
    void aWrongIntervalIsFoundButNotValueCorrectAndNamesTheRule() {
        GoldDocument doc = doc("Les troupes ont lancé vendredi dernier une offensive.",
                gold("vendredi dernier", "2024-05-10", "2024-05-10", true, "weekday"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc), fixed(date(doc, "vendredi dernier", "2024-05-17",
                "2024-05-17", "weekday.next")));
        assertEquals(1.0, ev.total().detectionRecall());
        assertEquals(0.0, ev.total().valueRecall());
        assertEquals(1, ev.errors(EvalError.Kind.WRONG_VALUE).size());
        assertTrue(ev.errors().get(0).describe().contains("rule=weekday.next"));
    }

    @Test
    void aPartialSpanStillMatchesButIsNotAStrictSpan() {
        GoldDocument doc = doc("Il a parlé jeudi matin à Bruxelles.",
                gold("jeudi matin", "2024-05-16", "2024-05-16", true, "weekday"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc),
                fixed(date(doc, "jeudi", "2024-05-16", "2024-05-16", "weekday")));
        assertEquals(1.0, ev.total().valueF1());
        assertEquals(0.0, ev.total().strictSpanAccuracy());
        assertEquals(1, ev.errors(EvalError.Kind.SPAN).size());
    }

    @Test
    void aSplitExpressionCountsOneMatchAndOneFalsePositive() {
        GoldDocument doc = doc("Mardi 23 janvier, la Bibliothèque inaugure une exposition.",
                gold("Mardi 23 janvier", "2024-01-23", "2024-01-23", true, "day-month"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc), fixed(
                date(doc, "Mardi", "2024-01-23", "2024-01-23", "weekday"),
                date(doc, "23 janvier", "2024-01-23", "2024-01-23", "daymonth")));
        assertEquals(1, ev.total().matched());
        assertEquals(1, ev.total().falsePositives());
        assertEquals(1.0, ev.total().valueRecall());
        assertEquals(0.5, ev.total().valuePrecision());
    }

    @Test
    void datingAGoldDurationIsAFalsePositiveAndADatedDuration() {
        GoldDocument doc = doc("Les frappes ont duré pendant trois jours.",
                new GoldTimex("trois jours", -1, -1, "DURATION", "P3D", null, null, null, null, false, "duration"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc),
                fixed(date(doc, "trois jours", "2024-05-13", "2024-05-15", "duration.asdate")));
        assertEquals(1, ev.total().falsePositives());
        assertEquals(1, ev.total().datedDurationOrSet());
        assertEquals(1, ev.errors(EvalError.Kind.DATED_DURATION_OR_SET).size());
    }

    @Test
    void aSystemDurationCarryingAnIntervalIsADatedDuration() {
        GoldDocument doc = doc("Les frappes ont duré pendant trois jours.",
                new GoldTimex("trois jours", -1, -1, "DURATION", "P3D", null, null, null, null, false, "duration"));
        int start = doc.text().indexOf("trois jours");
        Timex t = new Timex("trois jours", start, start + 11, TimexType.DURATION, "P3D", null,
                LocalDate.parse("2024-05-13"), LocalDate.parse("2024-05-15"), null, PUB, "duration");
        Evaluation ev = Evaluation.evaluate("t", List.of(doc), fixed(t));
        assertEquals(1, ev.total().datedDurationOrSet());
        assertEquals(0, ev.total().falsePositives(), "not a DATE: not on the timeline, so not a false positive");
    }

    @Test
    void datingAVagueReferenceIsAFalsePositive() {
        GoldDocument doc = doc("En ce moment, les combats continuent.",
                new GoldTimex("En ce moment", -1, -1, "DATE", "PRESENT_REF", null, null, null, null, false, "vague"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc),
                fixed(date(doc, "En ce moment", "2024-05-16", "2024-05-16", "vague")));
        assertEquals(1, ev.total().falsePositives());
        assertEquals(1, ev.total().datedVague());
    }

    @Test
    void datingANegativeIsAFalsePositive() {
        GoldDocument doc = doc("Près de 2000 soldats ont été déployés.",
                new GoldTimex("2000", -1, -1, null, null, null, null, null, null, false, "negative"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc), fixed(date(doc, "2000", "2000-01-01", "2000-12-31", "year")));
        assertEquals(1, ev.total().falsePositives());
        assertEquals(1, ev.byCategory().get("negative").falsePositives());
        assertEquals(1, ev.byCategory().get("negative").notRequiredDated());
    }

    @Test
    void datingASeasonIsCountedNeitherWay() {
        GoldDocument doc = doc("Une loi est promise avant l'été.",
                new GoldTimex("l'été", -1, -1, "DATE", "2024-SU", "SEASON", null, null, null, false, "season"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc), fixed(date(doc, "l'été", "2024-06-01", "2024-08-31", "season")));
        assertEquals(0, ev.total().falsePositives());
        assertEquals(0, ev.total().matched());
        assertEquals(1, ev.byCategory().get("season").notRequiredDated());
    }

    @Test
    void aDatedTimexOnNothingAnnotatedIsAFalsePositive() {
        GoldDocument doc = doc("Le score final est de 3-1.");
        Evaluation ev = Evaluation.evaluate("t", List.of(doc), fixed(date(doc, "3-1", "2024-03-01", "2024-03-01", "dm")));
        assertEquals(1, ev.total().falsePositives());
        assertEquals(1, ev.byCategory().get(Evaluation.UNANNOTATED).falsePositives());
    }

    @Test
    void offsetsAreCountedInCodePointsNotUtf16Units() {
        String text = "« Rendez-vous 🇫🇷 », a écrit mardi le ministre.";
        int cpStart = text.codePointCount(0, text.indexOf("mardi"));
        GoldDocument doc = doc(text, new GoldTimex("mardi", cpStart, cpStart + 5, "DATE", "2024-05-14", "DAY",
                LocalDate.parse("2024-05-14"), LocalDate.parse("2024-05-14"), null, true, "weekday"));
        Timex codePoints = new Timex("mardi", cpStart, cpStart + 5, TimexType.DATE, "2024-05-14", Precision.DAY,
                LocalDate.parse("2024-05-14"), LocalDate.parse("2024-05-14"), null, PUB, "weekday");
        int utf16 = text.indexOf("mardi");
        Timex utf16Units = new Timex("mardi", utf16, utf16 + 5, TimexType.DATE, "2024-05-14", Precision.DAY,
                LocalDate.parse("2024-05-14"), LocalDate.parse("2024-05-14"), null, PUB, "weekday");
        assertEquals(0, Evaluation.evaluate("t", List.of(doc), fixed(codePoints)).total().badOffsets());
        assertEquals(1, Evaluation.evaluate("t", List.of(doc), fixed(utf16Units)).total().badOffsets());
    }

    @Test
    void aCrashIsRecordedAsMissesButUnsupportedOperationPropagates() {
        GoldDocument doc = doc("Il a parlé jeudi.", gold("jeudi", "2024-05-16", "2024-05-16", true, "weekday"));
        Evaluation ev = Evaluation.evaluate("t", List.of(doc), (text, pub, lang) -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(1, ev.total().crashes());
        assertEquals(1, ev.errors(EvalError.Kind.MISSED).size());
        assertThrows(UnsupportedOperationException.class, () -> Evaluation.evaluate("t", List.of(doc),
                (text, pub, lang) -> {
                    throw new UnsupportedOperationException("not implemented yet");
                }));
    }

    @Test
    void mergingEvaluationsAddsTheirCounts() {
        List<GoldDocument> dev = Corpus.dev();
        List<GoldDocument> heldOut = Corpus.heldOut();
        Evaluation a = Evaluation.evaluate("dev", dev, oracle(dev));
        Evaluation b = Evaluation.evaluate("heldout", heldOut, oracle(heldOut));
        Evaluation all = Evaluation.merge("all", List.of(a, b));
        assertEquals(a.total().goldRequired() + b.total().goldRequired(), all.total().goldRequired());
        assertEquals(dev.size() + heldOut.size(), all.total().documents());
        assertEquals(1.0, all.total().valueF1());
    }

    // ---------------------------------------------------------------------------------------- helpers

    static SystemUnderTest oracle(List<GoldDocument> documents) {
        return GoldEcho.of(documents);
    }

    private static SystemUnderTest fixed(Timex... timexes) {
        return (text, pub, lang) -> List.of(timexes);
    }

    /** A one-document corpus; rows with a negative start are placed at the first occurrence of their text. */
    private static GoldDocument doc(String text, GoldTimex... timexes) {
        List<GoldTimex> placed = new ArrayList<>();
        for (GoldTimex t : timexes) {
            if (t.start() >= 0) {
                placed.add(t);
                continue;
            }
            int start = text.codePointCount(0, text.indexOf(t.text()));
            placed.add(new GoldTimex(t.text(), start, start + t.text().codePointCount(0, t.text().length()), t.type(),
                    t.value(), t.precision(), t.earliest(), t.latest(), t.mod(), t.required(), t.category()));
        }
        return new GoldDocument("test", "test", Language.FR, PUB, text, placed);
    }

    /** A gold DAY row, placed by {@link #doc}. */
    private static GoldTimex gold(String expression, String earliest, String latest, boolean required, String category) {
        return new GoldTimex(expression, -1, -1, "DATE", earliest, "DAY", LocalDate.parse(earliest),
                LocalDate.parse(latest), null, required, category);
    }

    private static Timex date(GoldDocument doc, String expression, String earliest, String latest, String rule) {
        int start = doc.text().codePointCount(0, doc.text().indexOf(expression));
        return new Timex(expression, start, start + expression.codePointCount(0, expression.length()), TimexType.DATE,
                earliest, Precision.DAY, LocalDate.parse(earliest), LocalDate.parse(latest), null, PUB, rule);
    }
}
