package io.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A unit of time as written in the text: "jours", "weeks", "trimestre"; knows its calendar period and duration code.
 */
enum Unit {
    MINUTE("M", true),
    HOUR("H", true),
    DAY("D", false),
    WEEK("W", false),
    MONTH("M", false),
    QUARTER("Q", false),
    YEAR("Y", false),
    DECADE("DE", false),
    CENTURY("CE", false);

    private final String durationCode;
    private final boolean timeOfDay;

    Unit(String durationCode, boolean timeOfDay) {
        this.durationCode = durationCode;
        this.timeOfDay = timeOfDay;
    }

    /** TIMEX3 duration: P3D, PT48H, PXM (amount unknown). */
    String duration(String amount) {
        return (timeOfDay ? "PT" : "P") + amount + durationCode;
    }

    LocalDate shift(LocalDate date, long amount) {
        switch (this) {
            case MINUTE:
            case HOUR:
                return date;
            case DAY:
                return date.plusDays(amount);
            case WEEK:
                return date.plusWeeks(amount);
            case MONTH:
                return date.plusMonths(amount);
            case QUARTER:
                return date.plusMonths(3 * amount);
            case YEAR:
                return date.plusYears(amount);
            case DECADE:
                return date.plusYears(10 * amount);
            default:
                return date.plusYears(100 * amount);
        }
    }

    /** The calendar period of this unit that contains {@code date}; hours and minutes fall in their day. */
    Period periodOf(LocalDate date) {
        switch (this) {
            case MINUTE:
            case HOUR:
            case DAY:
                return Periods.day(date);
            case WEEK:
                return Periods.week(date);
            case MONTH:
                return Periods.month(date.getYear(), date.getMonthValue());
            case QUARTER:
                return Periods.quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR:
                return Periods.year(date.getYear());
            case DECADE:
                return Periods.decade(date.getYear() / 10);
            default:
                return Periods.century(date.getYear() / 100);
        }
    }

    /** How finely a period of this precision pins a date down; a reference needs an anchor at least this fine. */
    static int rank(Precision precision) {
        switch (precision) {
            case MINUTE:
            case HOUR:
            case PART_OF_DAY:
            case DAY:
                return 0;
            case WEEK:
                return 1;
            case MONTH:
                return 2;
            case SEASON:
            case QUARTER:
                return 3;
            case HALF:
                return 4;
            case YEAR:
                return 5;
            case DECADE:
                return 6;
            default:
                return 7;
        }
    }

    Precision precision() {
        switch (this) {
            case MINUTE:
            case HOUR:
            case DAY:
                return Precision.DAY;
            case WEEK:
                return Precision.WEEK;
            case MONTH:
                return Precision.MONTH;
            case QUARTER:
                return Precision.QUARTER;
            case YEAR:
                return Precision.YEAR;
            case DECADE:
                return Precision.DECADE;
            default:
                return Precision.CENTURY;
        }
    }

    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
