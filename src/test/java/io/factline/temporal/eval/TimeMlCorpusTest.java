package io.factline.temporal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds {@link TemporalResolver} to TempEval-3 floors on the two TimeML dev corpora, read from
 * {@code ../shared/corpora} beside the project root (or {@code -Dfactline.corpora=FOLDER}); a missing corpus fails.
 * {@code ./mvnw -q -B test-compile exec:java@timeml-score -Dexec.args="../shared/corpora/aquaint-en en --errors"}
 * prints the report and every error.
 */
class TimeMlCorpusTest {

    /** Value F1 floor on the French TimeBank dev corpus (0.607 before TIME values; measured 0.904). */
    static final double FR_TIMEBANK_VALUE_F1_FLOOR = 0.90;
    /** Relaxed extraction F1 floor on the French TimeBank dev corpus (0.780 before; measured 0.955). */
    static final double FR_TIMEBANK_RELAXED_F1_FLOOR = 0.95;
    /** Value F1 floor on the AQUAINT corpus (0.699 before; measured 0.797). */
    static final double AQUAINT_VALUE_F1_FLOOR = 0.79;
    /** Relaxed extraction F1 floor on the AQUAINT corpus (0.879 before; measured 0.947). */
    static final double AQUAINT_RELAXED_F1_FLOOR = 0.94;

    /** Share of the French TimeBank dev corpus's TIME values given right (2 of 56 before; measured 45/56). */
    static final double FR_TIMEBANK_TIME_VALUE_RECALL_FLOOR = 0.80;

    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of("fr-timebank-dev", Language.FR, 54, 181, FR_TIMEBANK_VALUE_F1_FLOOR,
                        FR_TIMEBANK_RELAXED_F1_FLOOR),
                Arguments.of("aquaint-en", Language.EN, 73, 579, AQUAINT_VALUE_F1_FLOOR, AQUAINT_RELAXED_F1_FLOOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void readsEveryDocumentAndEveryConsumingTimexWithConsistentSpans(String corpus, Language language, int documents,
            int goldTimexes) {
        List<TimeMlDocument> docs = read(corpus);
        assertThat(docs).hasSize(documents);
        assertThat(docs.stream().mapToInt(d -> d.timexes().size()).sum()).isEqualTo(goldTimexes);
        List<String> problems = new ArrayList<>();
        for (TimeMlDocument d : docs) {
            Set<String> instances = new HashSet<>();
            for (TimeMlDocument.Timex3 t : d.timexes()) {
                if (!d.slice(t.start(), t.end()).equals(t.text()) || t.type() == null || t.value() == null) {
                    problems.add(d.id() + " " + t);
                }
            }
            for (TimeMlDocument.Event e : d.events()) {
                if (!d.slice(e.start(), e.end()).equals(e.text()) || e.eiid() == null) {
                    problems.add(d.id() + " " + e);
                }
                instances.add(e.eiid());
            }
            for (TimeMlDocument.TLink l : d.tlinks()) {
                for (String eiid : new String[] {l.eventInstanceId(), l.relatedToEventInstance()}) {
                    if (eiid != null && !instances.contains(eiid)) {
                        problems.add(d.id() + " unknown event instance " + eiid + " in " + l);
                    }
                }
            }
        }
        assertThat(problems).as("spans that do not slice their text, events without an instance").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void resolverScoresAtLeastTheFloors(String corpus, Language language, int documents, int goldTimexes,
            double valueF1Floor, double relaxedF1Floor) {
        TimeMlScore score;
        try {
            score = TimeMlScore.score(corpus, read(corpus), language, new TemporalResolver()::extract);
        } catch (UnsupportedOperationException e) {
            throw new AssertionError("resolver not implemented: " + e.getMessage(), e);
        }
        System.out.println("[timeml] " + score.summary());
        String hint = " (./mvnw -q -B test-compile exec:java@timeml-score -Dexec.args=\"../shared/corpora/" + corpus
                + " " + language.code() + " --errors\")";
        assertThat(score.crashes()).as("documents the resolver threw on: " + score.errors(TimeMlError.Kind.CRASH))
                .isZero();
        assertThat(score.valueF1()).as(corpus + " value F1" + hint).isGreaterThanOrEqualTo(valueF1Floor);
        assertThat(score.relaxedF1()).as(corpus + " relaxed extraction F1" + hint)
                .isGreaterThanOrEqualTo(relaxedF1Floor);
        if (language == Language.FR) {
            assertThat(score.byType().get("TIME").valueRecall()).as(corpus + " TIME values right" + hint)
                    .isGreaterThanOrEqualTo(FR_TIMEBANK_TIME_VALUE_RECALL_FLOOR);
        }
    }

    private static List<TimeMlDocument> read(String corpus) {
        return TimeMlReader.readFolder(DevCorpora.folder(corpus));
    }
}
