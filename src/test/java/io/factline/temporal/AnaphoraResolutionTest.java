package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions resolved against the latest earlier date of the same text, or the publication date if none. */
class AnaphoraResolutionTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Les forces ont pris la ville jeudi matin. Un jour plus tôt, elles avaient attaqué le village. | Un jour plus tôt | 2024-05-15 | 2024-05-16 | anaphora.offset_before
        fr | Le sommet s'est ouvert le 3 mars 2022. La veille, les ministres s'étaient réunis.   | La veille          | 2022-03-02 | 2022-03-03 | anaphora.day_before
        fr | Le sommet s'est ouvert le 3 mars 2022. La veille au soir, un dîner a eu lieu.       | La veille au soir  | 2022-03-02 | 2022-03-03 | anaphora.day_before
        fr | Il est arrivé le 3 mars 2022. Le lendemain, il est reparti.                         | Le lendemain       | 2022-03-04 | 2022-03-03 | anaphora.day_after
        fr | Il est arrivé le 3 mars 2022. Deux jours plus tard, il est reparti.                 | Deux jours plus tard | 2022-03-05 | 2022-03-03 | anaphora.offset_after
        fr | Il est arrivé le 3 mars 2022. Trois jours après, il est reparti.                    | Trois jours après  | 2022-03-06 | 2022-03-03 | anaphora.offset_after
        fr | Il est arrivé le 3 mars 2022. Une semaine plus tard, il est reparti.                | Une semaine plus tard | 2022-03-10 | 2022-03-03 | anaphora.offset_after
        fr | Il est arrivé le 3 mars 2022. Le même jour, la ville a été bombardée.               | Le même jour       | 2022-03-03 | 2022-03-03 | anaphora.same_day
        fr | La veille, le ministre avait démissionné.                                           | La veille          | 2024-05-15 | 2024-05-16 | anaphora.day_before
        en | The summit opened on March 3, 2022. The day before, ministers met in Paris.         | The day before     | 2022-03-02 | 2022-03-03 | anaphora.day_before
        en | The summit opened on March 3, 2022. The next day, ministers met in Paris.           | The next day       | 2022-03-04 | 2022-03-03 | anaphora.day_after
        en | The summit opened on March 3, 2022. Two days later, ministers met in Paris.         | Two days later     | 2022-03-05 | 2022-03-03 | anaphora.offset_after
        en | The summit opened on March 3, 2022. A week earlier, ministers met in Paris.         | A week earlier     | 2022-02-24 | 2022-03-03 | anaphora.offset_before
        en | The summit opened on March 3, 2022. That same day, ministers met in Paris.          | That same day      | 2022-03-03 | 2022-03-03 | anaphora.same_day
        en | Talks collapsed the day before last Tuesday's vote.                                 | the day before last Tuesday | 2024-05-13 | 2024-05-14 | anaphora.day_before
        en | Shops reopened the day after Christmas.                                             | the day after Christmas | 2023-12-26 | 2023-12-25 | anaphora.day_after
        en | Crowds gathered on the eve of May 9 in Moscow.                                      | the eve of May 9   | 2024-05-08 | 2024-05-09 | anaphora.day_before
        fr | La veille du 8 mai, la préfecture a interdit le défilé.                             | La veille du 8 mai | 2024-05-07 | 2024-05-08 | anaphora.day_before
        fr | Le lendemain de Noël, les magasins ont rouvert.                                     | Le lendemain de Noël | 2023-12-26 | 2023-12-25 | anaphora.day_after
        """)
    void resolvesADayAnaphorAgainstTheLatestEarlierDay(String language, String text, String span, String day,
            String anchor, String rule) {
        Resolutions.assertDay(language, "2024-05-16", text, span, day, anchor, rule);
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | 2022-10-11 | Les stocks ont baissé depuis fin août. Le même mois, le journal rapportait la pénurie. | Le même mois | 2022-08 | 2022-08-01 | 2022-08-31 | MONTH | anaphora.same_month
        fr | 2024-05-16 | Il a été élu en 2015. Cette année-là, il a réformé la police.                        | Cette année-là | 2015  | 2015-01-01 | 2015-12-31 | YEAR  | anaphora.same_year
        fr | 2024-05-16 | Il a été élu en 2015. Deux ans plus tard, il a démissionné.                           | Deux ans plus tard | 2017 | 2017-01-01 | 2017-12-31 | YEAR | anaphora.offset_after
        fr | 2024-05-16 | Il a été élu en 2015. L'année suivante, il a démissionné.                             | L'année suivante | 2016 | 2016-01-01 | 2016-12-31 | YEAR | anaphora.next_year
        en | 2024-05-16 | He was elected in 2015. The following year, he resigned.                              | The following year | 2016 | 2016-01-01 | 2016-12-31 | YEAR | anaphora.next_year
        en | 2024-05-16 | The treaty was signed in 1994. The next year, violence erupted.                       | The next year | 1995 | 1995-01-01 | 1995-12-31 | YEAR | anaphora.next_year
        en | 2024-05-16 | The plant closed on March 3, 2022. That same month, prices doubled.                   | That same month | 2022-03 | 2022-03-01 | 2022-03-31 | MONTH | anaphora.same_month
        en | 2024-05-16 | The firm went public in 2019. Later in the year, its shares halved.                   | Later in the year | 2019 | 2019-01-01 | 2019-12-31 | YEAR | anaphora.same_year
        en | 2024-05-16 | Rates rose on March 3, 2022, and the bank cut them again earlier in the month.       | earlier in the month | 2022-03 | 2022-03-01 | 2022-03-31 | MONTH | anaphora.same_month
        en | 2024-05-16 | Profit rose 8% in the first quarter from the year-earlier quarter.                  | the year-earlier quarter | 2023-Q1 | 2023-01-01 | 2023-03-31 | QUARTER | anaphora.year_earlier
        en | 2024-05-16 | Sales fell in March, against the same period a year ago.                            | the same period a year ago | 2023-03 | 2023-03-01 | 2023-03-31 | MONTH | anaphora.year_earlier
        en | 2024-05-16 | Profit rose in the first quarter from the previous quarter.                         | the previous quarter | 2023-Q4 | 2023-10-01 | 2023-12-31 | QUARTER | anaphora.previous_quarter
        en | 2024-05-16 | Net income rose in the fourth quarter of 2023. Revenue in the quarter doubled.        | the quarter | 2023-Q4 | 2023-10-01 | 2023-12-31 | QUARTER | anaphora.same_quarter
        en | 2024-05-16 | Prices rose 3% in December 2023 from a year earlier.                                | a year earlier | 2022-12 | 2022-12-01 | 2022-12-31 | MONTH | anaphora.offset_before
        en | 2024-05-16 | Profit rose in the first quarter from $5 million a year earlier.                    | a year earlier | 2023-Q1 | 2023-01-01 | 2023-03-31 | QUARTER | anaphora.offset_before
        en | 2024-05-16 | He was elected in March 2015. Two years later, he resigned.                          | Two years later | 2017 | 2017-01-01 | 2017-12-31 | YEAR | anaphora.offset_after
        fr | 2024-05-16 | Les ventes ont progressé au premier trimestre, après un recul le trimestre précédent. | le trimestre précédent | 2023-Q4 | 2023-10-01 | 2023-12-31 | QUARTER | anaphora.previous_quarter
        """)
    void resolvesCoarserAnaphoraAgainstTheLatestEarlierDateAtLeastAsFine(String language, String publishedOn,
            String text, String span, String value, String earliest, String latest, String precision, String rule) {
        Resolutions.assertDated(language, publishedOn, text, span, value, earliest, latest, precision, null, rule);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | S'adressant aux journalistes à la veille d'une réunion des ministres, il a insisté. | veille
        fr | Au lendemain de l'attaque, la ville était calme.                                    | lendemain
        fr | Il est arrivé le 3 mars 2022, trois jours avant le sommet.                           | trois jours avant
        en | The day after the election, markets rallied.                                        | The day after
        en | Two days before the vote, he resigned.                                              | Two days before
        """)
    void doesNotDateADayThatIsRelativeToAnEvent(String language, String text, String word) {
        List<Timex> found = Resolutions.extract(language, "2024-05-16", text);
        assertTrue(found.stream().noneMatch(t -> t.isDated() && t.text().contains(word)),
                () -> Resolutions.describe(found));
        assertFalse(found.stream().anyMatch(t -> t.isDated() && t.rule().startsWith("anaphora")),
                () -> Resolutions.describe(found));
    }
}
