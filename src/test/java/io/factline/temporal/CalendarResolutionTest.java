package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Absolute dates, months, years, decades, centuries, quarters, halves and seasons, with and without a year. */
class CalendarResolutionTest {

    @ParameterizedTest(name = "[{0}] {2} -> {3} = {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        fr | 2024-05-16 | Le sommet s'est tenu le 13 février 2023 à Munich.      | le 13 février 2023 | 2023-02-13 | 2023-02-13 | 2023-02-13 | DAY | - | date.absolute.dmy
        fr | 2023-06-15 | Les Jeux se tiendront du 26 juillet au 11 août 2024.  | 26 juillet         | 2024-07-26 | 2024-07-26 | 2024-07-26 | DAY | - | date.range_start
        en | 2002-04-03 | The show runs from Dec. 20 through Jan. 5, 2003.      | Dec. 20            | 2002-12-20 | 2002-12-20 | 2002-12-20 | DAY | - | date.range_start
        fr | 2024-05-16 | Mardi 23 janvier 2024, les députés ont voté.          | Mardi 23 janvier 2024 | 2024-01-23 | 2024-01-23 | 2024-01-23 | DAY | - | date.absolute.dmy
        fr | 2024-05-16 | Le décret du 1er mars 2021 est abrogé.                | 1er mars 2021      | 2021-03-01 | 2021-03-01 | 2021-03-01 | DAY | - | date.absolute.dmy
        fr | 2024-05-16 | L'invasion a commencé le 24/02/2022.                  | 24/02/2022         | 2022-02-24 | 2022-02-24 | 2022-02-24 | DAY | - | date.absolute.numeric
        fr | 2024-05-16 | Publié le 05.03.2021 par la rédaction.                | 05.03.2021         | 2021-03-05 | 2021-03-05 | 2021-03-05 | DAY | - | date.absolute.numeric
        fr | 2024-05-16 | La date du 2022-02-24 reste gravée.                   | 2022-02-24         | 2022-02-24 | 2022-02-24 | 2022-02-24 | DAY | - | date.absolute.iso
        en | 2024-05-16 | Russia invaded Ukraine on February 24, 2022.          | February 24, 2022  | 2022-02-24 | 2022-02-24 | 2022-02-24 | DAY | - | date.absolute.mdy
        en | 2024-05-16 | The deal was signed on 24 Feb 2022 in Minsk.          | 24 Feb 2022        | 2022-02-24 | 2022-02-24 | 2022-02-24 | DAY | - | date.absolute.dmy
        en | 2024-05-16 | It was signed on the 3rd of March 2021.               | the 3rd of March 2021 | 2021-03-03 | 2021-03-03 | 2021-03-03 | DAY | - | date.absolute.dmy
        en | 2024-05-16 | Filed on 02/13/2023 in Texas.                         | 02/13/2023         | 2023-02-13 | 2023-02-13 | 2023-02-13 | DAY | - | date.absolute.numeric
        fr | 2024-05-16 | Les prix ont grimpé en février 2022.                  | février 2022       | 2022-02    | 2022-02-01 | 2022-02-28 | MONTH | - | month.year
        fr | 2024-05-16 | Le projet a été lancé fin mars 2023.                  | fin mars 2023      | 2023-03    | 2023-03-01 | 2023-03-31 | MONTH | END | month.year
        fr | 2024-05-16 | Le vote a eu lieu au mois de mars 2023.               | mois de mars 2023  | 2023-03    | 2023-03-01 | 2023-03-31 | MONTH | - | month.year
        en | 2024-05-16 | The plant closed in late May 2023.                    | late May 2023      | 2023-05    | 2023-05-01 | 2023-05-31 | MONTH | END | month.year
        en | 2024-05-16 | Output fell in February of 2022.                      | February of 2022   | 2022-02    | 2022-02-01 | 2022-02-28 | MONTH | - | month.year
        fr | 2024-05-16 | Le mur est tombé en 1989, ouvrant une ère nouvelle.   | 1989               | 1989       | 1989-01-01 | 1989-12-31 | YEAR | - | year.bare
        fr | 2022-11-29 | En 2008, un sommet s'est tenu à Bucarest.             | En 2008            | 2008       | 2008-01-01 | 2008-12-31 | YEAR | - | year.bare
        fr | 2024-05-16 | La contre-offensive ukrainienne de 2023.              | 2023               | 2023       | 2023-01-01 | 2023-12-31 | YEAR | - | year.bare
        fr | 2024-05-16 | Il vit à Paris depuis 2014 avec sa famille.           | 2014               | 2014       | 2014-01-01 | 2014-12-31 | YEAR | - | year.bare
        fr | 2024-05-16 | Le conflit de 1914-1918 a marqué le pays.             | 1914               | 1914       | 1914-01-01 | 1914-12-31 | YEAR | - | year.bare
        fr | 2024-05-16 | L'année 2022 a été marquée par la guerre.             | L'année 2022       | 2022       | 2022-01-01 | 2022-12-31 | YEAR | - | year.bare
        fr | 2024-05-16 | La croissance a ralenti mi-2023.                      | mi-2023            | 2023       | 2023-01-01 | 2023-12-31 | YEAR | MID | year.bare
        fr | 2024-05-16 | Le chantier sera livré fin 2025.                      | fin 2025           | 2025       | 2025-01-01 | 2025-12-31 | YEAR | END | year.bare
        en | 2024-05-16 | It happened in 2014 after the protests.               | 2014               | 2014       | 2014-01-01 | 2014-12-31 | YEAR | - | year.bare
        en | 2024-05-16 | In 2014, Russia annexed Crimea.                       | 2014               | 2014       | 2014-01-01 | 2014-12-31 | YEAR | - | year.bare
        en | 2024-05-16 | The economy grew in early 2024.                       | early 2024         | 2024       | 2024-01-01 | 2024-12-31 | YEAR | START | year.bare
        en | 2024-05-16 | Rates peaked in mid-2023.                             | mid-2023           | 2023       | 2023-01-01 | 2023-12-31 | YEAR | MID | year.bare
        en | 2024-05-16 | Sales for fiscal 2025 are expected to rise.           | fiscal 2025        | FY2025     | 2025-01-01 | 2025-12-31 | YEAR | - | year.fiscal
        en | 2024-05-16 | The unit lost money in fiscal year 2023.              | fiscal year 2023   | FY2023     | 2023-01-01 | 2023-12-31 | YEAR | - | year.fiscal
        en | 2024-05-16 | The deal should close by year end.                    | year end           | 2024       | 2024-01-01 | 2024-12-31 | YEAR | END | deictic.this_year
        en | 2024-05-16 | He will retire at year's end.                         | year's end         | 2024       | 2024-01-01 | 2024-12-31 | YEAR | END | deictic.this_year
        en | 2024-05-16 | Traders braced for a year-end rally.                  | year-end           | 2024       | 2024-01-01 | 2024-12-31 | YEAR | END | deictic.this_year
        fr | 2024-05-16 | Les travaux seront terminés à la fin de l'année.      | la fin de l'année  | 2024       | 2024-01-01 | 2024-12-31 | YEAR | END | deictic.this_year
        fr | 2024-05-16 | Dans les années 1990, la ville a prospéré.            | les années 1990    | 199X       | 1990-01-01 | 1999-12-31 | DECADE | - | decade
        fr | 2024-05-16 | Au début des années 2000, tout a changé.              | Au début des années 2000 | 200X    | 2000-01-01 | 2009-12-31 | DECADE | START | decade
        en | 2024-05-16 | The company was founded in the 1990s.                 | the 1990s          | 199X       | 1990-01-01 | 1999-12-31 | DECADE | - | decade
        en | 2024-05-16 | It was popular in the late '80s.                      | the late '80s      | 198X       | 1980-01-01 | 1989-12-31 | DECADE | END | decade
        fr | 2024-05-16 | Le XXe siècle a été marqué par deux guerres.          | Le XXe siècle      | 19         | 1900-01-01 | 1999-12-31 | CENTURY | - | century
        fr | 2024-05-16 | Une invention du 19e siècle.                          | 19e siècle         | 18         | 1800-01-01 | 1899-12-31 | CENTURY | - | century
        en | 2024-05-16 | The 20th century saw two world wars.                  | The 20th century   | 19         | 1900-01-01 | 1999-12-31 | CENTURY | - | century
        en | 2024-05-16 | The town grew fast in the 1800s.                      | the 1800s          | 18         | 1800-01-01 | 1899-12-31 | CENTURY | - | century
        fr | 2024-05-16 | Le siècle dernier a connu deux guerres mondiales.     | Le siècle dernier  | 19         | 1900-01-01 | 1999-12-31 | CENTURY | - | deictic.last_century
        fr | 2024-05-16 | À la fin du siècle dernier, l'usine a fermé.          | la fin du siècle dernier | 19   | 1900-01-01 | 1999-12-31 | CENTURY | END | deictic.last_century
        en | 2024-05-16 | It is the worst war of this century.                  | this century       | 20         | 2000-01-01 | 2099-12-31 | CENTURY | - | deictic.this_century
        fr | 2024-05-16 | Le bénéfice a progressé au premier trimestre 2024.    | premier trimestre 2024 | 2024-Q1 | 2024-01-01 | 2024-03-31 | QUARTER | - | quarter.year
        fr | 2024-05-16 | Au troisième trimestre, les ventes ont chuté.         | troisième trimestre | 2023-Q3 | 2023-07-01 | 2023-09-30 | QUARTER | - | quarter.bare
        fr | 2024-05-16 | Les résultats du T1 2024 sont bons.                   | T1 2024            | 2024-Q1    | 2024-01-01 | 2024-03-31 | QUARTER | - | quarter.year
        en | 2024-05-16 | Revenue jumped in Q1 2024.                            | Q1 2024            | 2024-Q1    | 2024-01-01 | 2024-03-31 | QUARTER | - | quarter.year
        en | 2024-05-16 | Sales fell in the third quarter.                      | third quarter      | 2023-Q3    | 2023-07-01 | 2023-09-30 | QUARTER | - | quarter.bare
        en | 2024-05-16 | Sales will rise in the fourth quarter.                | fourth quarter     | 2024-Q4    | 2024-10-01 | 2024-12-31 | QUARTER | - | quarter.bare
        en | 2024-05-16 | Sales fell in the fourth quarter of last year.        | fourth quarter of last year | 2023-Q4 | 2023-10-01 | 2023-12-31 | QUARTER | - | quarter.relative_year
        en | 2024-05-16 | Profit rose in 2022's third quarter.                  | 2022's third quarter | 2022-Q3  | 2022-07-01 | 2022-09-30 | QUARTER | - | quarter.year
        en | 2024-05-16 | Last year's fourth quarter included a one-time gain.  | Last year's fourth quarter | 2023-Q4 | 2023-10-01 | 2023-12-31 | QUARTER | - | quarter.relative_year
        en | 2024-05-16 | Analysts expect a rebound in next year's first half.  | next year's first half | 2025-H1 | 2025-01-01 | 2025-06-30 | HALF | - | half.relative_year
        en | 2024-05-16 | Output will grow in the first half of next year.      | first half of next year | 2025-H1 | 2025-01-01 | 2025-06-30 | HALF | - | half.relative_year
        en | 2024-05-16 | Costs will double by the end of the decade.           | the end of the decade | 202X     | 2020-01-01 | 2029-12-31 | DECADE | END | deictic.this_decade
        fr | 2024-05-16 | Le chômage a baissé au premier semestre.              | premier semestre | 2024-H1   | 2024-01-01 | 2024-06-30 | HALF | - | half.bare
        fr | 2024-05-16 | La dette a augmenté au second semestre 2023.          | second semestre 2023 | 2023-H2 | 2023-07-01 | 2023-12-31 | HALF | - | half.year
        en | 2024-05-16 | Prices rose in the second half of 2023.               | second half of 2023 | 2023-H2 | 2023-07-01 | 2023-12-31 | HALF | - | half.year
        en | 2024-05-16 | Profits doubled in H1 2024.                           | H1 2024            | 2024-H1    | 2024-01-01 | 2024-06-30 | HALF | - | half.year
        fr | 2023-11-20 | Au printemps, l'armée a lancé une offensive.          | Au printemps       | 2023-SP    | 2023-03-01 | 2023-05-31 | SEASON | - | season.bare
        fr | 2022-11-29 | Cet hiver sera difficile pour l'Ukraine.              | Cet hiver          | 2022-WI    | 2022-12-01 | 2023-02-28 | SEASON | - | season.bare
        fr | 2024-05-16 | L'été 2022 a été le plus chaud.                       | L'été 2022         | 2022-SU    | 2022-06-01 | 2022-08-31 | SEASON | - | season.year
        fr | 2024-05-16 | Il est parti l'été dernier.                           | l'été dernier      | 2023-SU    | 2023-06-01 | 2023-08-31 | SEASON | - | season.last
        en | 2024-05-16 | Last summer, temperatures soared.                     | Last summer        | 2023-SU    | 2023-06-01 | 2023-08-31 | SEASON | - | season.last
        en | 2024-05-16 | The offensive began in the spring of 2023.            | the spring of 2023 | 2023-SP    | 2023-03-01 | 2023-05-31 | SEASON | - | season.year
        en | 2024-03-27 | Protesters marched as Easter week began.              | Easter week        | 2024-W13   | 2024-03-25 | 2024-03-31 | WEEK | - | holiday.week
        fr | 2023-12-15 | La trêve tiendra pendant la semaine de Noël.          | la semaine de Noël | 2023-W52   | 2023-12-25 | 2023-12-31 | WEEK | - | holiday.week
        fr | 2024-05-16 | Les enfants fêteront la Saint-Nicolas à l'école.     | la Saint-Nicolas   | 2024-12-06 | 2024-12-06 | 2024-12-06 | DAY | - | holiday.bare
        fr | 2024-07-01 | Le feu de la Saint-Jean a attiré la foule.           | la Saint-Jean      | 2024-06-24 | 2024-06-24 | 2024-06-24 | DAY | - | holiday.bare
        """)
    void resolvesCalendarExpressionsWithTheirWholeUnitAsInterval(String language, String publishedOn, String text,
            String span, String value, String earliest, String latest, String precision, String mod, String rule) {
        Resolutions.assertDated(language, publishedOn, text, span, value, earliest, latest, precision, mod, rule);
    }

    @ParameterizedTest(name = "[{0}] published {1}: {2} -> {3} = {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        fr | 2023-11-20 | Les élections auront lieu en janvier.                 | janvier           | 2024-01 | 2024-01-01 | 2024-01-31 | - | month.bare
        fr | 2023-11-20 | Les élections ont eu lieu en janvier.                 | janvier           | 2023-01 | 2023-01-01 | 2023-01-31 | - | month.bare
        fr | 2024-05-16 | Il a été arrêté en décembre.                          | décembre          | 2023-12 | 2023-12-01 | 2023-12-31 | - | month.bare
        fr | 2024-05-16 | Il travaille à la mairie depuis septembre.            | septembre         | 2023-09 | 2023-09-01 | 2023-09-30 | - | month.bare
        fr | 2024-05-16 | Elle dirige le club depuis le mois de mai.            | le mois de mai    | 2024-05 | 2024-05-01 | 2024-05-31 | - | month.bare
        en | 2024-05-16 | She has run the club since October.                   | October           | 2023-10 | 2023-10-01 | 2023-10-31 | - | month.bare
        fr | 2024-05-16 | Le chantier reprendra au début du mois prochain.      | au début du mois prochain | 2024-06 | 2024-06-01 | 2024-06-30 | START | deictic.next_month
        fr | 2024-05-16 | Il est parti à la fin du mois dernier.                | la fin du mois dernier | 2024-04 | 2024-04-01 | 2024-04-30 | END | deictic.last_month
        fr | 2024-05-16 | Il a été arrêté en mai.                               | mai               | 2024-05 | 2024-05-01 | 2024-05-31 | - | month.bare
        fr | 2022-10-11 | Les stocks ont été épuisés depuis fin août.           | fin août          | 2022-08 | 2022-08-01 | 2022-08-31 | END | month.bare
        fr | 2024-05-16 | Le projet sera achevé début novembre.                 | début novembre    | 2024-11 | 2024-11-01 | 2024-11-30 | START | month.bare
        fr | 2024-05-16 | La réforme entrera en vigueur mi-mars.                | mi-mars           | 2025-03 | 2025-03-01 | 2025-03-31 | MID | month.bare
        fr | 2024-05-16 | La loi a été votée en mars.                           | mars              | 2024-03 | 2024-03-01 | 2024-03-31 | - | month.bare
        fr | 2024-05-16 | Il est rentré en janvier dernier.                     | janvier dernier   | 2024-01 | 2024-01-01 | 2024-01-31 | - | month.last
        fr | 2024-05-16 | Le sommet aura lieu à la fin du mois de juin.         | la fin du mois de juin | 2024-06 | 2024-06-01 | 2024-06-30 | END | month.bare
        en | 2024-05-16 | Inflation peaked in March.                            | March             | 2024-03 | 2024-03-01 | 2024-03-31 | - | month.bare
        en | 2024-05-16 | The economy stalled in late May.                      | late May          | 2024-05 | 2024-05-01 | 2024-05-31 | END | month.bare
        en | 2024-05-16 | Talks will resume in September.                       | September         | 2024-09 | 2024-09-01 | 2024-09-30 | - | month.bare
        en | 2024-05-16 | The deal was signed last March.                       | last March        | 2024-03 | 2024-03-01 | 2024-03-31 | - | month.last
        en | 2024-05-16 | The law takes effect at the end of June.              | the end of June   | 2024-06 | 2024-06-01 | 2024-06-30 | END | month.bare
        en | 2024-05-16 | The June accession will make them members.            | June              | 2024-06 | 2024-06-01 | 2024-06-30 | - | month.bare
        """)
    void givesAMonthWithoutYearTheYearItsTenseImplies(String language, String publishedOn, String text, String span,
            String value, String earliest, String latest, String mod, String rule) {
        Resolutions.assertDated(language, publishedOn, text, span, value, earliest, latest, "MONTH", mod, rule);
    }

    @ParameterizedTest(name = "[{0}] published {1}: {2} -> {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | 2024-05-16 | Il arrivera le 1er mars.                              | le 1er mars          | 2025-03-01
        fr | 2024-05-16 | Il est arrivé le 1er mars.                            | le 1er mars          | 2024-03-01
        fr | 2023-11-20 | Le 20 janvier prochain, il prêtera serment.           | Le 20 janvier prochain | 2024-01-20
        fr | 2024-03-10 | Le 20 janvier dernier, il a prêté serment.            | Le 20 janvier dernier | 2024-01-20
        fr | 2024-05-16 | Mardi 23 janvier, les députés ont voté.               | Mardi 23 janvier     | 2024-01-23
        fr | 2024-05-16 | Le lundi 13, la grève a commencé.                     | lundi 13             | 2024-05-13
        en | 2024-05-16 | He arrived on 7 November.                             | 7 November           | 2023-11-07
        en | 2024-01-10 | The vote is set for Feb. 24.                          | Feb. 24              | 2024-02-24
        en | 2024-05-16 | The ceasefire will start on June 1st.                 | June 1st             | 2024-06-01
        en | 2024-05-16 | The summit will be held on July 9 and 10 in Vilnius.  | 10                   | 2024-07-10
        en | 2024-05-16 | Hearings will run from June 3 through 7.              | 7                    | 2024-06-07
        en | 2024-01-08 | The senator said he would testify on Feb. 3.          | Feb. 3               | 2024-02-03
        en | 2023-12-28 | Officials gave no reason for the Jan. 5 deadline.     | Jan. 5               | 2024-01-05
        fr | 2024-01-09 | Il a annoncé qu'il viendrait le 2 février.            | le 2 février         | 2024-02-02
        en | 2024-01-08 | The bridge was closed on Dec. 30.                     | Dec. 30              | 2023-12-30
        en | 2024-05-16 | The treaty was signed on July 20.                     | July 20              | 2023-07-20
        en | 2024-04-02 | Pilgrims gathered as Easter began.                    | Easter               | 2024-03-31
        en | 2023-04-03 | Pilgrims gathered at Easter.                          | Easter               | 2023-04-09
        """)
    void givesADayWithoutYearTheYearItsTenseImplies(String language, String publishedOn, String text, String span,
            String day) {
        Timex timex = Resolutions.find(Resolutions.extract(language, publishedOn, text), span, text);
        assertEquals(LocalDate.parse(day), timex.earliest(), timex::toString);
        assertEquals(LocalDate.parse(day), timex.latest(), timex::toString);
        assertEquals(LocalDate.parse(publishedOn), timex.anchor(), timex::toString);
    }
}
