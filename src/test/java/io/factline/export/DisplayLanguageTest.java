package io.factline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factline.web.ProblemException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayLanguageTest {

    @Test
    void prefersTheLangParameter() {
        assertThat(DisplayLanguage.select("en", List.of(Locale.FRENCH))).isEqualTo(DisplayLanguage.EN);
        assertThat(DisplayLanguage.select("fr-CA", List.of(Locale.ENGLISH))).isEqualTo(DisplayLanguage.FR);
    }

    @Test
    void takesTheFirstSupportedAcceptLanguage() {
        assertThat(DisplayLanguage.select(null, List.of(Locale.GERMAN, Locale.UK, Locale.FRANCE)))
                .isEqualTo(DisplayLanguage.EN);
    }

    @Test
    void fallsBackToFrenchTheLanguageOfTheSeeds() {
        assertThat(DisplayLanguage.select(null, List.of(Locale.GERMAN))).isEqualTo(DisplayLanguage.FR);
        assertThat(DisplayLanguage.select("", null)).isEqualTo(DisplayLanguage.FR);
    }

    @Test
    void rejectsALanguageItCannotShow() {
        assertThatThrownBy(() -> DisplayLanguage.select("de", List.of())).isInstanceOf(ProblemException.class)
                .hasMessageContaining("lang");
    }
}
