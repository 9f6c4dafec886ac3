package io.factline.temporal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.factline.temporal.TemporalResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The temporal evaluation: checks the gold corpora themselves, then holds {@link TemporalResolver} to score floors
 * on them. Figures are printed; {@code ./mvnw -q -B test-compile exec:java@temporal-score} prints the full report.
 */
class TemporalCorpusTest {

    /** Value F1 floor on the dev corpus (raise it as the resolver improves). */
    static final double DEV_VALUE_F1_FLOOR = 0.95;
    /** Value F1 floor on the held-out corpus (raise it as the resolver improves). */
    static final double HELDOUT_VALUE_F1_FLOOR = 0.95;

    static final int MIN_EXPRESSIONS = 400;
    static final int MIN_EXPRESSIONS_PER_LANGUAGE = 150;

    static final Set<String> CATEGORIES = Set.of(
            "absolute", "day-month", "month", "bare-month", "year", "decade", "quarter", "half", "season", "century",
            "deictic", "weekday", "modifier", "anaphora", "holiday", "duration", "set", "vague", "negative");

    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of(Corpus.SEED, Corpus.seed()),
                Arguments.of(Corpus.DEV, Corpus.dev()),
                Arguments.of(Corpus.HELDOUT, Corpus.heldOut()));
    }

    // ---------------------------------------------------------------------------------------- the data itself

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void everyRowSlicesItsTextToTheExpressionAndHasAConsistentInterval(String name, List<GoldDocument> documents) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        assertTrue(!documents.isEmpty(), name + " is empty");
        for (GoldDocument d : documents) {
            if (!ids.add(d.id())) {
                problems.add(d.id() + ": duplicate id");
            }
            int length = d.codePointLength();
            int previousEnd = 0;
            for (GoldTimex t : d.timexes()) {
                String where = d.id() + " \"" + t.text() + "\" @" + t.start() + "-" + t.end() + ": ";
                if (t.start() < 0 || t.start() >= t.end() || t.end() > length) {
                    problems.add(where + "offsets outside 0.." + length);
                    continue;
                }
                String slice = d.slice(t.start(), t.end());
                if (!slice.equals(t.text())) {
                    problems.add(where + "text at offsets is \"" + slice + "\"");
                }
                if (t.start() < previousEnd) {
                    problems.add(where + "overlaps or precedes the previous annotation");
                }
                previousEnd = t.end();
                if (t.category() == null || (!Corpus.SEED.equals(name) && !CATEGORIES.contains(t.category()))) {
                    problems.add(where + "unknown category " + t.category());
                }
                if ((t.earliest() == null) != (t.latest() == null)) {
                    problems.add(where + "half an interval");
                }
                if (t.hasInterval() && t.earliest().isAfter(t.latest())) {
                    problems.add(where + "earliest after latest");
                }
                if (t.hasInterval() && !"DATE".equals(t.type())) {
                    problems.add(where + "an interval on a " + t.type());
                }
                if (t.mustNeverBeDated() && (t.hasInterval() || t.required())) {
                    problems.add(where + "a duration, set or vague reference must be neither dated nor required");
                }
                if (t.isNegative() && (t.type() != null || t.hasInterval() || t.required())) {
                    problems.add(where + "a negative has no type, no interval and is not required");
                }
                if (t.required() && !t.hasInterval()) {
                    problems.add(where + "required without an interval");
                }
            }
        }
        assertTrue(problems.isEmpty(), name + ": " + problems.size() + " bad rows:\n" + String.join("\n", problems));
    }

    @Test
    void corpusIsLargeAndBalancedAcrossLanguagesWithDisjointSplits() {
        List<GoldDocument> dev = Corpus.dev();
        List<GoldDocument> heldOut = Corpus.heldOut();
        List<GoldDocument> all = new ArrayList<>(dev);
        all.addAll(heldOut);

        Map<String, Long> perLanguage = all.stream()
                .flatMap(d -> d.timexes().stream().filter(t -> !t.isNegative()).map(t -> d.language().code()))
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        long total = perLanguage.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("temporal corpus: " + total + " annotated expressions " + perLanguage);

        assertTrue(total >= MIN_EXPRESSIONS, "only " + total + " expressions");
        assertTrue(perLanguage.getOrDefault("fr", 0L) >= MIN_EXPRESSIONS_PER_LANGUAGE, "French: " + perLanguage);
        assertTrue(perLanguage.getOrDefault("en", 0L) >= MIN_EXPRESSIONS_PER_LANGUAGE, "English: " + perLanguage);

        long devExpressions = dev.stream().mapToLong(d -> d.timexes().size()).sum();
        long allExpressions = all.stream().mapToLong(d -> d.timexes().size()).sum();
        double devShare = (double) devExpressions / allExpressions;
        assertTrue(devShare > 0.30 && devShare < 0.40, "dev holds " + devShare + " of the expressions");

        Set<String> devIds = dev.stream().map(GoldDocument::id).collect(Collectors.toSet());
        Set<String> devTexts = dev.stream().map(GoldDocument::text).collect(Collectors.toSet());
        for (GoldDocument d : heldOut) {
            assertTrue(!devIds.contains(d.id()), d.id() + " is in both splits");
            assertTrue(!devTexts.contains(d.text()), d.id() + " repeats a dev text");
        }
    }

    // ---------------------------------------------------------------------------------------- the resolver

    @Test
    void seedGoldScoresPerfectly() {
        Evaluation ev = evaluateOrFail(Corpus.SEED, Corpus.seed());
        Counts c = ev.total();
        print(ev);
        assertEquals(1.0, c.valueRecall(), "seed value recall on required expressions\n" + errors(ev,
                EvalError.Kind.MISSED, EvalError.Kind.WRONG_VALUE, EvalError.Kind.CRASH));
        assertEquals(0, c.falsePositives(), "seed false positives\n" + errors(ev, EvalError.Kind.FALSE_POSITIVE,
                EvalError.Kind.DATED_DURATION_OR_SET, EvalError.Kind.DATED_VAGUE));
    }

    @Test
    void devCorpusValueF1AtLeastFloor() {
        Evaluation ev = evaluateOrFail(Corpus.DEV, Corpus.dev());
        print(ev);
        assertTrue(ev.total().valueF1() >= DEV_VALUE_F1_FLOOR, String.format(
                "dev value F1 %.3f < floor %.2f (run ScoreReport --errors --only=dev)%n%s", ev.total().valueF1(),
                DEV_VALUE_F1_FLOOR, errors(ev, EvalError.Kind.MISSED, EvalError.Kind.WRONG_VALUE,
                        EvalError.Kind.FALSE_POSITIVE, EvalError.Kind.DATED_DURATION_OR_SET, EvalError.Kind.DATED_VAGUE,
                        EvalError.Kind.CRASH)));
    }

    @Test
    void heldOutCorpusValueF1AtLeastFloor() {
        Evaluation ev = evaluateOrFail(Corpus.HELDOUT, Corpus.heldOut());
        print(ev);
        // Figures only: the held-out rows are not printed, so that the resolver is not tuned on them.
        assertTrue(ev.total().valueF1() >= HELDOUT_VALUE_F1_FLOOR, String.format(
                "held-out value F1 %.3f < floor %.2f", ev.total().valueF1(), HELDOUT_VALUE_F1_FLOOR));
    }

    @Test
    void noDurationOrSetIsEverDated() {
        for (Evaluation ev : evaluateAllOrFail()) {
            assertEquals(0, ev.total().datedDurationOrSet(),
                    ev.name() + ": durations or sets given an interval\n"
                            + errors(ev, EvalError.Kind.DATED_DURATION_OR_SET));
        }
    }

    @Test
    void noVagueReferenceIsEverDated() {
        for (Evaluation ev : evaluateAllOrFail()) {
            assertEquals(0, ev.total().datedVague(),
                    ev.name() + ": vague references given an interval\n" + errors(ev, EvalError.Kind.DATED_VAGUE));
        }
    }

    @Test
    void everyReportedOffsetSlicesTheReportedText() {
        for (Evaluation ev : evaluateAllOrFail()) {
            assertEquals(0, ev.total().badOffsets(), ev.name() + ": " + errors(ev, EvalError.Kind.BAD_OFFSETS));
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static List<Evaluation> evaluateAllOrFail() {
        return List.of(
                evaluateOrFail(Corpus.SEED, Corpus.seed()),
                evaluateOrFail(Corpus.DEV, Corpus.dev()),
                evaluateOrFail(Corpus.HELDOUT, Corpus.heldOut()));
    }

    /** Scores the resolver, failing cleanly (not with a stack of exceptions) while it is not implemented. */
    static Evaluation evaluateOrFail(String name, List<GoldDocument> documents) {
        TemporalResolver resolver = new TemporalResolver();
        try {
            return Evaluation.evaluate(name, documents, resolver::extract);
        } catch (UnsupportedOperationException e) {
            return fail("resolver not implemented: TemporalResolver.extract threw UnsupportedOperationException ("
                    + e.getMessage() + ")");
        }
    }

    private static void print(Evaluation ev) {
        System.out.println("[temporal " + ev.name() + "] " + ev.total().summary());
        ev.byLanguage().forEach((lang, c) -> System.out.println("[temporal " + ev.name() + "/" + lang + "] "
                + c.summary()));
    }

    private static String errors(Evaluation ev, EvalError.Kind... kinds) {
        Set<EvalError.Kind> wanted = Set.of(kinds);
        List<String> lines = ev.errors().stream().filter(e -> wanted.contains(e.kind())).map(EvalError::describe)
                .toList();
        int shown = Math.min(lines.size(), 60);
        return String.join("\n", lines.subList(0, shown))
                + (lines.size() > shown ? "\n... " + (lines.size() - shown) + " more" : "");
    }
}
