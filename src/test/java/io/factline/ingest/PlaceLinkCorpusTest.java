package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.temporal.eval.Corpus;
import io.factline.temporal.eval.DevCorpora;
import io.factline.temporal.eval.TimeMlReader;
import org.junit.jupiter.api.Test;

/**
 * Holds place linking to floors on the hand-annotated mentions of the French TimeBank dev articles
 * ({@value PlaceLinkScore#GOLD}), read from {@code ../shared/corpora} beside the project root (or
 * {@code -Dfactline.corpora=FOLDER}); a missing corpus fails. {@code ./mvnw -q -B test-compile
 * exec:java@places-score -Dnpm.ci.skip -Dexec.args="../shared/corpora/fr-timebank-dev --errors"} prints the report
 * and every error.
 */
class PlaceLinkCorpusTest {

    /** Measured 0.992 (117/118); the issue asks for 0.90. */
    static final double PRECISION_FLOOR = 0.90;
    /** Measured 0.936 (117/125). */
    static final double RECALL_FLOOR = 0.90;

    static final String CORPUS = "fr-timebank-dev";

    @Test
    void placeLinkingKeepsItsFloorsOnTheAnnotatedDevMentions() {
        PlaceLinkScore score = PlaceLinkScore.score(
                PlaceLinkScore.readGold(Corpus.projectRoot().resolve(PlaceLinkScore.GOLD)),
                TimeMlReader.readFolder(DevCorpora.folder(CORPUS)), PlaceLinkScore.shippedLinker());
        System.out.println("[places] " + score.summary());
        String hint = " (./mvnw -q -B test-compile exec:java@places-score -Dnpm.ci.skip"
                + " -Dexec.args=\"../shared/corpora/" + CORPUS + " --errors\")";
        assertThat(score.gold()).as("annotated mentions").isGreaterThanOrEqualTo(100);
        assertThat(score.precision()).as("link precision" + hint).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(score.recall()).as("link recall" + hint).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
