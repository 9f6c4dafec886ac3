package io.factline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructions whose values TimeML and its French guide fix: durations with fractions and modifiers, named lengths
 * of time, recurrences, habitual weekdays, holidays, two-digit years, coordinated days, and ages that are no timex.
 * Every sentence is written for this test.
 */
class TimeMlConventionsTest {

    @ParameterizedTest(name = "[{0}] {2} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Le pilote a devancé son rival de 12,7 secondes.                 | 12,7 secondes        | DURATION | PT12.7S
        fr | Le vol a duré environ deux heures.                             | environ deux heures  | DURATION | PT2H
        fr | Ils l'ont retrouvé une heure plus tard.                        | une heure            | DURATION | PT1H
        fr | Il défend un quinquennat de réformes.                          | un quinquennat       | DURATION | P5Y
        fr | L'association existe depuis un quart de siècle.                | un quart de siècle   | DURATION | P25Y
        fr | Il a été condamné à deux ans et demi de prison.                | deux ans et demi     | DURATION | P30M
        fr | Le chantier a duré un mois et demi.                            | un mois et demi      | DURATION | P1.5M
        fr | Le délai de recours est de quatre-vingt-dix jours.             | quatre-vingt-dix jours | DURATION | P90D
        fr | Il a été gardé à vue soixante-douze heures.                    | soixante-douze heures | DURATION | PT72H
        fr | Ils ont passé soixante et onze jours en mer.                   | soixante et onze jours | DURATION | P71D
        en | He spent two and a half years in prison.                       | two and a half years | DURATION | P30M
        en | The strike lasted a week and a half.                           | a week and a half    | DURATION | P1.5W
        fr | La région verse 3 millions d'euros par semestre.               | par semestre         | SET      | P6M
        fr | Le marché hebdomadaire attire les habitants.                   | hebdomadaire         | SET      | P1W
        fr | Le gala annuel se tiendra à Metz.                              | annuel               | SET      | P1Y
        fr | La piscine ouvre le mardi pour les écoles.                     | le mardi             | SET      | XXXX-WXX-2
        fr | Les ateliers ont lieu les premier et troisième samedis.        | les premier et troisième samedis | SET | XXXX-WXX-6
        fr | Le directeur actuel quittera son poste.                        | actuel               | TIME     | PRESENT_REF
        fr | Ils ont manifesté pendant trois décennies.                     | trois décennies      | DURATION | P30Y
        fr | Il travaille ici depuis une vingtaine d'années.                | une vingtaine d'années | DURATION | P20Y
        fr | Le chantier a duré une dizaine de jours.                       | une dizaine de jours | DURATION | P10D
        fr | La plage attire du monde hiver comme été.                      | hiver                | DATE     | XXXX-WI
        fr | La plage attire du monde hiver comme été.                      | été                  | DATE     | XXXX-SU
        fr | Pendant les mois d'hiver, la station affiche complet.          | les mois d'hiver     | DATE     | XXXX-WI
        en | The talks lasted 3 1/2 hours.                                  | 3 1/2 hours          | DURATION | PT3H30M
        en | The strike lasted at least 72 hours.                           | at least 72 hours    | DURATION | PT72H
        en | The ceasefire held for half an hour.                           | half an hour         | DURATION | PT30M
        en | The council meets weekly in the town hall.                     | weekly               | SET      | P1W
        en | Protesters gather daily outside the embassy.                   | daily                | SET      | P1D
        en | The company pays dividends per quarter.                        | per quarter          | SET      | P1Q
        en | He played in a day-long tournament.                            | day-long             | DURATION | P1D
        en | The country was a kingdom in the 1950s.                        | the 1950s            | DATE     | 195X
        """)
    void writesValuesAsTimeMlDoes(String language, String text, String span, String type, String value) {
        Timex timex = Resolutions.find(Resolutions.extract(language, "2024-05-16", text), span, text);
        assertThat(timex.type()).as(timex.toString()).isEqualTo(TimexType.valueOf(type));
        assertThat(timex.value()).as(timex.toString()).isEqualTo(value);
        if (timex.type() == TimexType.DURATION || timex.type() == TimexType.SET) {
            assertThat(timex.earliest()).as(timex.toString()).isNull();
        }
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | 2002-02-09 | L'accident s'est produit le 12 mars 97 près de Vesoul.         | le 12 mars 97       | 1997-03-12
        fr | 2002-02-09 | Les travaux ont commencé en avril 01.                          | avril 01            | 2001-04
        fr | 2024-05-16 | Les élections auront lieu les 9 et 16 juin prochains.          | les 9               | 2024-06-09
        fr | 2024-05-16 | Le festival se tiendra du 3 au 7 juillet.                      | du 3                | 2024-07-03
        fr | 2024-05-16 | Le musée sera fermé la semaine du 10 juin.                     | la semaine du 10 juin | 2024-W24
        fr | 2024-05-16 | Les magasins resteront ouverts à la Toussaint.                 | la Toussaint        | 2024-11-01
        fr | 2024-05-16 | La famille s'est réunie à Pâques.                              | Pâques              | 2024-03-31
        fr | 2024-05-16 | Il a été publié aujourd'hui jeudi.                             | aujourd'hui jeudi   | 2024-05-16
        en | 2024-05-16 | The boy was rescued last Thanksgiving off the coast.           | last Thanksgiving   | 2023-11-23
        en | 2024-05-16 | Voters go to the polls on Election Day.                        | Election Day        | 2024-11-05
        en | 2024-05-16 | The hearing was set for the week of June 3.                    | the week of June 3  | 2024-W23
        fr | 2024-05-16 | Les ventes ont reculé par rapport à l'an dernier à la même époque. | la même époque | 2023-05
        fr | 2024-05-16 | Il y a une quinzaine de jours, il a démissionné.                | Il y a une quinzaine de jours | 2024-05-01
        fr | 2024-05-16 | La réforme entrera en vigueur en début d'année prochaine.      | début d'année prochaine | 2025
        fr | 2024-05-16 | En mars 2022, les prix ont flambé ; à la même période, le blé manquait. | la même période | 2022-03
        en | 2024-05-16 | Sales are up from this time last year.                         | this time last year | 2023-05
        en | 2024-05-16 | Profit rose 5% from the prior year.                            | the prior year      | 2023
        en | 2024-05-16 | The deal was signed in October last year.                      | October last year   | 2023-10
        en | 2024-05-16 | Officials said the boy should go home by June 2.               | June 2              | 2024-06-02
        en | 2024-01-05 | The agency said the boy must return home by Jan. 14.           | Jan. 14             | 2024-01-14
        en | 2024-05-16 | The deadline will expire at 9 a.m. EDT Friday.                 | 9 a.m. EDT Friday   | 2024-05-17T09:00
        en | 2024-05-16 | Until Monday, police had not named a suspect.                  | Monday              | 2024-05-13
        en | 2024-05-16 | The talks will go on until Tuesday, diplomats said.            | Tuesday             | 2024-05-21
        en | 2024-05-14 | The team planned to leave Kyiv on Thursday.                    | Thursday            | 2024-05-16
        en | 2024-05-18 | The president Saturday vowed to rebuild the city.              | Saturday            | 2024-05-18
        en | 2024-05-18 | In a televised address Friday, the president thanked the army. | Friday              | 2024-05-17
        en | 2024-05-16 | A 1996 law named for him was repealed.                         | 1996                | 1996
        """)
    void resolvesTheValueOfEachConstruction(String language, String publishedOn, String text, String span,
            String value) {
        Timex timex = Resolutions.find(Resolutions.extract(language, publishedOn, text), span, text);
        assertThat(timex.value()).as(timex.toString()).isEqualTo(value);
        assertThat(timex.isDated()).as(timex.toString()).isTrue();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Un chauffeur de bus de 38 ans a été agressé.              | 38 ans
        fr | Alain Martin, 53 ans, a été entendu par les gendarmes.     | 53 ans
        fr | Âgé de 54 ans, il regagnera son corps d'origine.           | 54 ans
        fr | Une Lorraine de 6 ans s'est noyée.                         | 6 ans
        fr | Le centre accueille les enfants de 6-12 ans.               | 12 ans
        fr | Le tournoi est réservé aux moins de 17 ans.                | 17 ans
        fr | Le quotidien régional a publié la lettre.                  | quotidien
        en | The 6-year-old boy was returned to his father.             | 6-year
        en | She met him when he was in his 30s.                        | 30s
        en | He appeared on CBS's 60 Minutes last night.               | 60 Minutes
        en | The clinics were closed, as was previously reported.      | previously
        en | The deal may be signed soon.                               | soon
        """)
    void findsNoTimexInAgesNamesAndDiscourseWords(String language, String text, String span) {
        List<Timex> found = Resolutions.extract(language, "2024-05-16", text);
        int start = text.indexOf(span);
        assertThat(found).as(Resolutions.describe(found))
                .noneMatch(t -> t.start() < start + span.length() && start < t.end());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Le contrat de 10 ans a été signé.                          | 10 ans      | P10Y
        fr | Il a passé trois ans en prison.                            | trois ans   | P3Y
        en | The boy survived two days at sea.                          | two days    | P2D
        """)
    void keepsLengthsOfTimeThatAreNoAges(String language, String text, String span, String value) {
        Timex timex = Resolutions.find(Resolutions.extract(language, "2024-05-16", text), span, text);
        assertThat(timex.type()).isEqualTo(TimexType.DURATION);
        assertThat(timex.value()).isEqualTo(value);
    }
}
