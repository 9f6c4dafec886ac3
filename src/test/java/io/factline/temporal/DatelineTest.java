package io.factline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv.        | Russian forces shelled Kharkiv.
        WASHINGTON (AP) -- The Senate voted on Tuesday.                   | The Senate voted on Tuesday.
        PARIS, Texas, Nov 8 (AP) — A man appeared in court.               | A man appeared in court.
        KIEV, 3 mars (AFP) - Les forces russes ont bombardé Kharkiv.      | Les forces russes ont bombardé Kharkiv.
        EPINAL. _ Plusieurs coureurs se sont rendus à Saint-Gervais.      | Plusieurs coureurs se sont rendus à Saint-Gervais.
        NEW YORK, Oct. 13 (Reuters) - Stocks fell.                        | Stocks fell.
        Paris, 7 juin 2023 (AFP) - Le groupe Liot a maintenu sa proposition. | Le groupe Liot a maintenu sa proposition.
        """)
    void stripsTheDatelineOfAStory(String text, String story) {
        assertThat(Dateline.strip(text)).isEqualTo(story);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        NATO, the alliance, met in Brussels on March 3.
        Le président a parlé mardi - puis il est parti.
        UE et OTAN, 3 mars - une date à retenir.
        KYIV is the capital of Ukraine.
        Paris, la capitale, a voté - enfin - le budget.
        Kyiv, 3 March - a date to remember.
        """)
    void leavesSentencesWithoutADatelineAlone(String text) {
        assertThat(Dateline.strip(text)).isEqualTo(text);
    }
}
