package io.factline.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.ingest.eval.DatedFactScore.Error.Kind;
import io.factline.temporal.Language;
import io.factline.temporal.eval.TimeMlDocument;
import io.factline.temporal.eval.TimeMlReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatedFactScoreTest {

    /**
     * Four dated facts in the gold: one ingestion dates right (annoncé), one whose gold month differs from what the
     * text says (partira), one in a sentence with no date of its own (reviendra), one anchored in a vague present
     * (se tait); plus an event ingestion makes with no gold fact (comptait) and links the measure must ignore.
     */
    static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-18" functionInDocument="CREATION_TIME">18 mai 1999</TIMEX3></DCT>
            <TEXT>Le ministre a <EVENT eid="e1" eiid="ei1" class="OCCURRENCE">annoncé</EVENT> sa démission le \
            <TIMEX3 tid="t1" type="DATE" value="1999-05-12">12 mai 1999</TIMEX3>. \
            Il <EVENT eid="e2" eiid="ei2" class="OCCURRENCE">partira</EVENT> en \
            <TIMEX3 tid="t2" type="DATE" value="2000-07">juin 2000</TIMEX3>. \
            La ville <EVENT eid="e3" eiid="ei3" class="STATE">comptait</EVENT> trois écoles en \
            <TIMEX3 tid="t3" type="DATE" value="1990">1990</TIMEX3>. \
            Il <EVENT eid="e4" eiid="ei4" class="OCCURRENCE">reviendra</EVENT>. \
            Il se <EVENT eid="e5" eiid="ei5" class="STATE">tait</EVENT> \
            <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">maintenant</TIMEX3>.</TEXT>
            <TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
            <TLINK lid="l2" eventInstanceID="ei1" relatedToTime="t0" relType="IS_INCLUDED"/>
            <TLINK lid="l3" eventInstanceID="ei2" relatedToTime="t2" relType="DURING"/>
            <TLINK lid="l4" eventInstanceID="ei3" relatedToTime="t3" relType="BEFORE"/>
            <TLINK lid="l5" eventInstanceID="ei4" relatedToTime="t2" relType="SIMULTANEOUS"/>
            <TLINK lid="l6" eventInstanceID="ei5" relatedToTime="t4" relType="IS_INCLUDED"/>
            </TimeML>
            """;

    private final DatedFactScore score = DatedFactScore.score(List.of(TimeMlReader.parse("doc", DOCUMENT)),
            Language.FR, List.of(), List.of());

    @Test
    void takesAsGoldTheEventsAnchoredInATimexOfTheTextAndLeavesOutThoseWithNoInterval() {
        assertThat(score.gold()).isEqualTo(3);
        assertThat(score.skippedGold()).isEqualTo(1);
    }

    @Test
    void countsAFactFoundOnlyWhenACitingEventCarriesItsInterval() {
        assertThat(score.found()).isEqualTo(1);
        assertThat(score.recall()).isEqualTo(1.0 / 3);
        assertThat(score.errors(Kind.MISDATED)).extracting(e -> e.fact().event().text()).containsExactly("partira");
        assertThat(score.errors(Kind.MISSED)).extracting(e -> e.fact().event().text()).containsExactly("reviendra");
        assertThat(score.errors(Kind.MISSED).get(0).sentence()).isEqualTo("Il reviendra.");
    }

    @Test
    void countsAnEventCorrectOnlyWhenItsCitationHoldsAGoldFactWithItsDate() {
        assertThat(score.events()).isEqualTo(3);
        assertThat(score.correctEvents()).isEqualTo(1);
        assertThat(score.precision()).isEqualTo(1.0 / 3);
        assertThat(score.judgedEvents()).as("annoncé and partira hold a gold fact; comptait none").isEqualTo(2);
        assertThat(score.datingPrecision()).isEqualTo(1.0 / 2);
        assertThat(score.errors(Kind.UNSUPPORTED)).hasSize(2);
        assertThat(score.eventsPerSentence()).isEqualTo(1.0);
    }

    @Test
    void takesNoFactFromLinksToTheCreationTime() {
        TimeMlDocument onlyCreationTime = TimeMlReader.parse("dct", DOCUMENT.replaceAll(
                "<TLINK lid=\"l[13456]\"[^>]*/>", ""));
        DatedFactScore s = DatedFactScore.score(List.of(onlyCreationTime), Language.FR, List.of(), List.of());
        assertThat(s.gold()).isZero();
        assertThat(s.recall()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "1999-05-12,        1999-05-12, 1999-05-12",
            "1999-05-12T10:00,  1999-05-12, 1999-05-12",
            "1999-W27,          1999-07-05, 1999-07-11",
            "2000-02,           2000-02-01, 2000-02-29",
            "1998,              1998-01-01, 1998-12-31"})
    void readsTheDaysAGoldValueNames(String value, LocalDate earliest, LocalDate latest) {
        assertThat(DatedFactScore.interval(value)).containsExactly(earliest, latest);
    }

    @ParameterizedTest
    @CsvSource({"PRESENT_REF", "PAST_REF", "XXXX-XX-XX", "P3D", "1999-SU", "199X"})
    void findsNoIntervalInVagueValues(String value) {
        assertThat(DatedFactScore.interval(value)).isNull();
    }
}
