package io.factline.temporal;

import java.time.LocalDate;

/** A resolved calendar unit: its TIMEX3 value, precision and inclusive interval of days. */
record Period(String value, Precision precision, LocalDate earliest, LocalDate latest) {

    /** Days between this period and {@code date}; zero when it contains it. */
    long distanceTo(LocalDate date) {
        if (date.isBefore(earliest)) {
            return earliest.toEpochDay() - date.toEpochDay();
        }
        if (date.isAfter(latest)) {
            return date.toEpochDay() - latest.toEpochDay();
        }
        return 0;
    }
}
