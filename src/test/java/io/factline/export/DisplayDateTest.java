package io.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayDateTest {

    @ParameterizedTest(name = "{0} {1} {4} in {5}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1999-05-18T21:45 | MINUTE | 1999-05-18 | 1999-05-18 | - | FR | 18 mai 1999, 21 h 45
            1999-05-18T21:45 | MINUTE | 1999-05-18 | 1999-05-18 | - | EN | 18 May 1999, 21:45
            2024-05-01T09:05 | MINUTE | 2024-05-01 | 2024-05-01 | - | FR | 1er mai 2024, 9 h 05
            2024-05-16T18:00 | MINUTE | 2024-05-16 | 2024-05-16 | - | FR | 16 mai 2024, 18 h 00
            2024-05-16T18:00 | HOUR   | 2024-05-16 | 2024-05-16 | - | FR | 16 mai 2024, 18 h
            2024-05-16T00:00 | HOUR   | 2024-05-16 | 2024-05-16 | - | FR | 16 mai 2024, 0 h
            2024-05-16T18:00 | HOUR   | 2024-05-16 | 2024-05-16 | - | EN | 16 May 2024, 18:00
            1999-05-19TMO    | PART_OF_DAY | 1999-05-19 | 1999-05-19 | - | FR | 19 mai 1999, matin
            1999-05-19TMO    | PART_OF_DAY | 1999-05-19 | 1999-05-19 | - | EN | 19 May 1999, morning
            2024-05-16TMI    | PART_OF_DAY | 2024-05-16 | 2024-05-16 | - | FR | 16 mai 2024, midi
            2024-05-16TAF    | PART_OF_DAY | 2024-05-16 | 2024-05-16 | - | FR | 16 mai 2024, après-midi
            2024-05-16TDT    | PART_OF_DAY | 2024-05-16 | 2024-05-16 | - | EN | 16 May 2024, during the day
            2024-05-16TEV    | PART_OF_DAY | 2024-05-16 | 2024-05-16 | - | FR | 16 mai 2024, soir
            2024-05-16TNI    | PART_OF_DAY | 2024-05-16 | 2024-05-16 | - | EN | 16 May 2024, night
            2023-02-13 | DAY     | 2023-02-13 | 2023-02-13 | -     | FR | 13 février 2023
            2023-02-13 | DAY     | 2023-02-13 | 2023-02-13 | -     | EN | 13 February 2023
            2023-03-01 | DAY     | 2023-03-01 | 2023-03-01 | -     | FR | 1er mars 2023
            2024-W19   | WEEK    | 2024-05-06 | 2024-05-12 | -     | FR | semaine du 6 mai 2024
            2024-W19   | WEEK    | 2024-05-06 | 2024-05-12 | -     | EN | week of 6 May 2024
            2024-W19-WE| WEEK    | 2024-05-11 | 2024-05-12 | -     | FR | week-end du 11 mai 2024
            2023-02    | MONTH   | 2023-02-01 | 2023-02-28 | -     | FR | février 2023
            2023-02    | MONTH   | 2023-02-01 | 2023-02-28 | -     | EN | February 2023
            2022-08    | MONTH   | 2022-08-01 | 2022-08-31 | END   | FR | fin août 2022
            2022-08    | MONTH   | 2022-08-01 | 2022-08-31 | END   | EN | late August 2022
            2022-08    | MONTH   | 2022-08-01 | 2022-08-31 | START | FR | début août 2022
            2022-08    | MONTH   | 2022-08-01 | 2022-08-31 | MID   | EN | mid-August 2022
            2023-SU    | SEASON  | 2023-06-01 | 2023-08-31 | -     | FR | été 2023
            2023-WI    | SEASON  | 2023-12-01 | 2024-02-29 | -     | EN | winter 2023
            2024-Q1    | QUARTER | 2024-01-01 | 2024-03-31 | -     | FR | 1er trimestre 2024
            2024-Q3    | QUARTER | 2024-07-01 | 2024-09-30 | -     | EN | Q3 2024
            2024-H2    | HALF    | 2024-07-01 | 2024-12-31 | -     | FR | second semestre 2024
            2024-H1    | HALF    | 2024-01-01 | 2024-06-30 | -     | EN | first half of 2024
            2008       | YEAR    | 2008-01-01 | 2008-12-31 | -     | FR | 2008
            2008       | YEAR    | 2008-01-01 | 2008-12-31 | END   | FR | fin 2008
            199        | DECADE  | 1990-01-01 | 1999-12-31 | -     | FR | années 1990
            199        | DECADE  | 1990-01-01 | 1999-12-31 | -     | EN | 1990s
            19         | CENTURY | 1900-01-01 | 1999-12-31 | -     | FR | XXe siècle
            19         | CENTURY | 1900-01-01 | 1999-12-31 | -     | EN | 20th century
            """)
    void labelsADateAtItsPrecision(String value, Precision precision, LocalDate earliest, LocalDate latest, Mod mod,
            DisplayLanguage language, String expected) {
        assertThat(DisplayDate.format(value, precision, earliest, latest, mod, language)).isEqualTo(expected);
    }
}
