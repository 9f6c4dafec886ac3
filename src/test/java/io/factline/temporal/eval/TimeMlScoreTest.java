package io.factline.temporal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.factline.temporal.Language;
import io.factline.temporal.Timex;
import io.factline.temporal.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TimeMlReader} and {@link TimeMlScore} on a hand-made TimeML document, with stand-in systems. */
class TimeMlScoreTest {

    /**
     * Comments before the root and inside the text, an entity and a character reference, a flag (two code points,
     * four UTF-16 units) before the first timex, a DCT carrying a time, a TITLE holding a date, a non-consuming
     * TIMEX3, an EVENT instantiated by MAKEINSTANCE and one carrying its own eiid (French TimeBank).
     */
    static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- LICENSE: a comment before the root, as in the French TimeBank -->
            <TimeML>
            <DOCID>sample</DOCID>
            <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
            <TITLE>Not the text: Thursday 1999</TITLE>
            <TEXT>
            AT&amp;T \uD83C\uDDEB\uD83C\uDDF7 <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> that its caf&#233;<!-- a comment --> opened <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3> ago<TIMEX3 tid="t3" type="DATE" value="1998-08-04" anchorTimeID="t2"/>, at <TIMEX3 tid="t4" type="TIME" value="1998-08-04T10:35">10:35 a.m.</TIMEX3>, and <EVENT eid="e2" eiid="ei9" class="OCCURRENCE">reopens</EVENT> <TIMEX3 tid="t5" type="SET" value="P1W">every week</TIMEX3>.
            </TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS"/>
            <TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
            <TLINK lid="l2" timeID="t1" relatedToEventInstance="ei9" relType="BEFORE"/>
            </TimeML>
            """;

    static final String SAMPLE_TEXT = "\nAT&T \uD83C\uDDEB\uD83C\uDDF7 said Friday that its café opened about three"
            + " days ago, at 10:35 a.m., and reopens every week.\n";

    private static final TimeMlDocument DOC = TimeMlReader.parse("sample", SAMPLE);

    // ---------------------------------------------------------------------------------------- reading

    @Test
    void textIsTheTextElementWithTagsAndCommentsRemovedAndEntitiesDecoded() {
        assertThat(DOC.text()).isEqualTo(SAMPLE_TEXT);
        assertThat(DOC.text()).doesNotContain("Thursday", "sample", "1998");
    }

    @Test
    void creationTimeGivesThePublicationDateAndIsNotGold() {
        assertThat(DOC.dctTid()).isEqualTo("t0");
        assertThat(DOC.dctValue()).isEqualTo("1998-08-07T06:18");
        assertThat(DOC.publishedOn()).isEqualTo(LocalDate.of(1998, 8, 7));
        assertThat(DOC.timexes()).extracting(TimeMlDocument.Timex3::tid).containsExactly("t1", "t2", "t4", "t5");
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            t1 | Friday           | DATE     | 1998-08-07       | -
            t2 | about three days | DURATION | P3D              | APPROX
            t4 | 10:35 a.m.       | TIME     | 1998-08-04T10:35 | -
            t5 | every week       | SET      | P1W              | -
            """)
    void goldTimexesKeepTypeValueModAndCodePointSpan(String tid, String text, String type, String value, String mod) {
        TimeMlDocument.Timex3 t = DOC.timexes().stream().filter(x -> x.tid().equals(tid)).findFirst().orElseThrow();
        int start = SAMPLE_TEXT.codePointCount(0, SAMPLE_TEXT.indexOf(text));
        assertThat(t).isEqualTo(new TimeMlDocument.Timex3(tid, text, start, start + text.length(), type, value, mod));
        assertThat(DOC.slice(t.start(), t.end())).isEqualTo(text);
    }

    @Test
    void offsetsAreCodePointsNotUtf16Units() {
        TimeMlDocument.Timex3 friday = DOC.timexes().get(0);
        assertThat(friday.start()).isEqualTo(SAMPLE_TEXT.indexOf("Friday") - 2);
    }

    @Test
    void eventsTakeTheirInstanceFromMakeInstanceOrTheirOwnAttribute() {
        int said = SAMPLE_TEXT.codePointCount(0, SAMPLE_TEXT.indexOf("said"));
        int reopens = SAMPLE_TEXT.codePointCount(0, SAMPLE_TEXT.indexOf("reopens"));
        assertThat(DOC.events()).containsExactly(
                new TimeMlDocument.Event("e1", "ei1", "said", said, said + 4, "REPORTING"),
                new TimeMlDocument.Event("e2", "ei9", "reopens", reopens, reopens + 7, "OCCURRENCE"));
    }

    @Test
    void tlinksKeepBothEndsAndTheRelation() {
        assertThat(DOC.tlinks()).containsExactly(
                new TimeMlDocument.TLink("l1", "ei1", null, "t1", null, "IS_INCLUDED"),
                new TimeMlDocument.TLink("l2", null, "t1", null, "ei9", "BEFORE"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1998-08-07, 1998-08-07",
        "1998-08-07T06:18, 1998-08-07",
        "1999-05-18T21:45:00, 1999-05-18",
        "19980807, 1998-08-07"
    })
    void creationTimeDatePart(String value, LocalDate expected) {
        assertThat(TimeMlReader.datePart(value)).isEqualTo(expected);
    }

    @Test
    void aDocumentWithoutCreationTimeIsRejectedWithItsId() {
        String noDct = SAMPLE.replace("functionInDocument=\"CREATION_TIME\"", "");
        assertThatThrownBy(() -> TimeMlReader.parse("nodct", noDct))
                .hasMessageContaining("no creation time");
    }

    // ---------------------------------------------------------------------------------------- scoring

    /**
     * Against the four gold timexes: Friday exact but wrongly valued; "three days" inside "about three days" with
     * the value in lower case; 10:35 exact and rightly valued but typed DATE; "days", a second timex on the same
     * gold (spurious: the larger overlap wins); "AT&T" on nothing (spurious); "every week" not found (missed).
     */
    private static final SystemUnderTest STAND_IN = (text, publishedOn, language) -> List.of(
            sys("Friday", TimexType.DATE, "1998-08-14"),
            sys("days", TimexType.DURATION, "P3D"),
            sys("three days", TimexType.DURATION, "p3d"),
            sys("10:35 a.m.", TimexType.DATE, "1998-08-04T10:35"),
            sys("AT&T", TimexType.DATE, "2000"));

    private static final TimeMlScore SCORE = TimeMlScore.score("sample", List.of(DOC), Language.EN, STAND_IN);

    @Test
    void countsStrictRelaxedValueAndTypeMatches() {
        assertThat(SCORE.documents()).isEqualTo(1);
        assertThat(SCORE.gold()).isEqualTo(4);
        assertThat(SCORE.system()).isEqualTo(5);
        assertThat(SCORE.strict()).isEqualTo(2);
        assertThat(SCORE.relaxed()).isEqualTo(3);
        assertThat(SCORE.valueCorrect()).isEqualTo(2);
        assertThat(SCORE.typeCorrect()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "strict P,   0.4",
        "strict R,   0.5",
        "relaxed P,  0.6",
        "relaxed R,  0.75",
        "relaxed F1, 0.6666667",
        "value P,    0.4",
        "value R,    0.5",
        "value F1,   0.4444444",
        "type,       0.6666667"
    })
    void figures(String figure, double expected) {
        double got = switch (figure) {
            case "strict P" -> SCORE.strictPrecision();
            case "strict R" -> SCORE.strictRecall();
            case "relaxed P" -> SCORE.relaxedPrecision();
            case "relaxed R" -> SCORE.relaxedRecall();
            case "relaxed F1" -> SCORE.relaxedF1();
            case "value P" -> SCORE.valuePrecision();
            case "value R" -> SCORE.valueRecall();
            case "value F1" -> SCORE.valueF1();
            case "type" -> SCORE.typeAccuracy();
            default -> throw new IllegalArgumentException(figure);
        };
        assertThat(got).isCloseTo(expected, within(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "DATE,     1, 3, 1, 0",
        "TIME,     1, 0, 1, 1",
        "DURATION, 1, 2, 1, 1",
        "SET,      1, 0, 0, 0"
    })
    void countsPerGoldType(String type, int gold, int system, int matched, int valueCorrect) {
        TimeMlScore.TypeCounts c = SCORE.byType().get(type);
        assertThat(List.of(c.gold(), c.system(), c.matched(), c.valueCorrect()))
                .containsExactly(gold, system, matched, valueCorrect);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MISSED,      every week, -",
        "SPURIOUS,    -,          AT&T",
        "SPURIOUS,    -,          days",
        "WRONG_VALUE, Friday,     Friday",
        "WRONG_TYPE,  10:35 a.m., 10:35 a.m."
    })
    void listsEachError(TimeMlError.Kind kind, String goldText, String systemText) {
        assertThat(SCORE.errors(kind)).anySatisfy(e -> {
            assertThat(e.gold() == null ? "-" : e.gold().text()).isEqualTo(goldText);
            assertThat(e.system() == null ? "-" : e.system().text()).isEqualTo(systemText);
        });
    }

    @Test
    void listsNoOtherError() {
        assertThat(SCORE.errorCounts()).containsEntry(TimeMlError.Kind.MISSED, 1)
                .containsEntry(TimeMlError.Kind.SPURIOUS, 2)
                .containsEntry(TimeMlError.Kind.WRONG_VALUE, 1)
                .containsEntry(TimeMlError.Kind.WRONG_TYPE, 1)
                .containsEntry(TimeMlError.Kind.WRONG_EXTENT, 1)
                .containsEntry(TimeMlError.Kind.CRASH, 0);
    }

    @Test
    void anErrorLineNamesDocumentGoldSystemAndContext() {
        String line = SCORE.errors(TimeMlError.Kind.WRONG_VALUE).get(0).describe();
        assertThat(line).startsWith("WRONG_VALUE").contains("sample", "\"Friday\"", "DATE 1998-08-07",
                "DATE 1998-08-14", "said [[Friday]] that its café");
        String missed = SCORE.errors(TimeMlError.Kind.MISSED).get(0).describe();
        assertThat(missed).contains("SET P1W", "sys -", "reopens [[every week]].");
    }

    @Test
    void anExactSpanWinsOverAnEquallyLargeOverlap() {
        TimeMlScore s = TimeMlScore.score("sample", List.of(DOC), Language.EN, (t, p, l) -> List.of(
                sys("Friday that", TimexType.DATE, "1998-08-07"),
                sys("Friday", TimexType.DATE, "1998-08-07")));
        assertThat(s.strict()).isEqualTo(1);
        assertThat(s.relaxed()).isEqualTo(1);
        assertThat(s.errors(TimeMlError.Kind.SPURIOUS)).singleElement()
                .satisfies(e -> assertThat(e.system().text()).isEqualTo("Friday that"));
    }

    @Test
    void aCrashCountsTheDocumentAsMissedButNotImplementedPropagates() {
        TimeMlScore s = TimeMlScore.score("sample", List.of(DOC), Language.EN, (t, p, l) -> {
            throw new IllegalStateException("boom");
        });
        assertThat(s.crashes()).isEqualTo(1);
        assertThat(s.errors(TimeMlError.Kind.MISSED)).hasSize(4);
        assertThat(s.valueRecall()).isZero();
        assertThatThrownBy(() -> TimeMlScore.score("sample", List.of(DOC), Language.EN, (t, p, l) -> {
            throw new UnsupportedOperationException("not yet");
        })).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSystemGetsTheTextThePublicationDateAndTheLanguage() {
        TimeMlScore.score("sample", List.of(DOC), Language.FR, (text, publishedOn, language) -> {
            assertThat(text).isEqualTo(SAMPLE_TEXT);
            assertThat(publishedOn).isEqualTo(LocalDate.of(1998, 8, 7));
            assertThat(language).isEqualTo(Language.FR);
            return List.of();
        });
    }

    /** A system timex on the first occurrence of {@code phrase} in the sample text. */
    private static Timex sys(String phrase, TimexType type, String value) {
        int utf16 = SAMPLE_TEXT.indexOf(phrase);
        assertThat(utf16).as(phrase).isNotNegative();
        int start = SAMPLE_TEXT.codePointCount(0, utf16);
        return new Timex(phrase, start, start + phrase.codePointCount(0, phrase.length()), type, value, null, null,
                null, null, null, "stand-in");
    }
}
