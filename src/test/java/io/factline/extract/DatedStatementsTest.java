package io.factline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extraction lists one statement per date a sentence carries, whatever clause holds it: which one dates the
 * sentence's fact is ingestion's choice ({@code io.factline.ingest.FactDates}).
 */
class DatedStatementsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Réélu dimanche, le maire a présenté lundi sa nouvelle équipe.|dimanche,lundi",
            "Arrivée mardi à Lyon, la délégation a rencontré hier le préfet.|mardi,hier",
            "Blessé samedi, le joueur manquera le prochain match.|samedi",
            "Samedi, le club a gagné le titre, et dimanche il a fêté sa victoire.|Samedi,dimanche",
            "Le maire a présenté lundi l'équipe élue dimanche.|lundi,dimanche",
            "Il vit à Lyon depuis trois ans, depuis le 4 mars 2021.|le 4 mars 2021"})
    void listsEveryDatedExpressionOfASentenceOncePerDate(String sentence, String expected) {
        Extraction extraction = Extractor.read(new TemporalResolver(), sentence, PUBLISHED, Language.FR);
        assertThat(extraction.statements()).extracting(s -> s.timex().text())
                .containsExactlyElementsOf(Arrays.asList(expected.split(",")));
        assertThat(extraction.statements()).extracting(Extraction.Statement::text).containsOnly(sentence);
    }
}
