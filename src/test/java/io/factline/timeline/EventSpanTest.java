package io.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventSpanTest {

    @ParameterizedTest(name = "{0}..{1} is class {2}")
    @CsvSource({
            "2023-02-13, 2023-02-13, 0",
            "2023-02-13, 2023-02-19, 0",
            "2023-01-01, 2023-01-31, 0",
            "2023-01-01, 2023-02-01, 0",
            "2023-01-01, 2023-02-02, 1",
            "2024-01-01, 2024-12-31, 1",
            "2024-01-01, 2025-01-01, 1",
            "2024-01-01, 2025-01-02, 2",
            "2000-01-01, 2009-12-31, 2",
    })
    void classifiesAnIntervalByItsLength(LocalDate earliest, LocalDate latest, short spanClass) {
        assertThat(EventSpan.classify(earliest, latest)).isEqualTo(spanClass);
    }

    @ParameterizedTest(name = "class {0} overlapping from {1} starts on or after {2}")
    @CsvSource({
            "0, 2023-03-01, 2023-01-29",
            "1, 2023-03-01, 2022-02-28",
    })
    void boundsHowEarlyAnOverlappingEventStarts(short spanClass, LocalDate from, LocalDate earliestStart) {
        assertThat(EventSpan.earliestStart(spanClass, from)).isEqualTo(earliestStart);
        LocalDate latestStartOutside = earliestStart.minusDays(1);
        // The longest interval of the class that starts the day before the bound ends before the window.
        LocalDate end = spanClass == 0 ? latestStartOutside.plusDays(31) : latestStartOutside.plusDays(366);
        assertThat(end).isBefore(from);
        assertThat(EventSpan.classify(latestStartOutside, end)).isEqualTo(spanClass);
    }

    @ParameterizedTest(name = "class {0} has no bound")
    @CsvSource("2")
    void leavesTheLongestClassUnbounded(short spanClass) {
        assertThat(EventSpan.earliestStart(spanClass, LocalDate.of(2023, 3, 1))).isNull();
    }
}
