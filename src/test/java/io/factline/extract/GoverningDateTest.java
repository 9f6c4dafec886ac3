package io.factline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which dates of a sentence make its statements: the one governing the main clause, not one in a participle. */
class GoverningDateTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Réélu dimanche, le maire a présenté lundi sa nouvelle équipe.|lundi",
            "Élu en 2019, le sénateur a démissionné le 4 mars.|le 4 mars",
            "Arrivée mardi à Lyon, la délégation a rencontré hier le préfet.|hier",
            "Blessé samedi, le joueur manquera le prochain match.|samedi",
            "Samedi, le club a gagné le titre, et dimanche il a fêté sa victoire.|Samedi,dimanche",
            "Le maire a présenté lundi l'équipe élue dimanche.|lundi,dimanche",
            "Plus tard, le 4 mars, le conseil a voté le 5 mars le budget.|le 4 mars,le 5 mars"})
    void datesTheStatementsOfASentenceByItsMainClause(String sentence, String expected) {
        Extraction extraction = Extractor.read(new TemporalResolver(), sentence, PUBLISHED, Language.FR);
        assertThat(extraction.statements()).extracting(s -> s.timex().text())
                .containsExactlyElementsOf(Arrays.asList(expected.split(",")));
    }
}
