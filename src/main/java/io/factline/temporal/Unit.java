package io.factline.temporal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A unit of time as written in the text: "jours", "weeks", "trimestre"; knows its calendar period and duration code.
 */
enum Unit {
    SECOND("S", true),
    MINUTE("M", true),
    HOUR("H", true),
    DAY("D", false),
    WEEK("W", false),
    MONTH("M", false),
    QUARTER("Q", false),
    /** Six months: "semestre". */
    HALF("M", false),
    YEAR("Y", false),
    DECADE("DE", false),
    CENTURY("CE", false);

    private final String durationCode;
    private final boolean timeOfDay;

    Unit(String durationCode, boolean timeOfDay) {
        this.durationCode = durationCode;
        this.timeOfDay = timeOfDay;
    }

    /**
     * TIMEX3 duration: P3D, PT48H, PXM (amount unknown). Decades and centuries are counted in years, as TimeML
     * corpora write them: "trois décennies" P30Y, "un siècle" P100Y, "des décennies" PXY.
     */
    String duration(String amount) {
        if (this == DECADE || this == CENTURY) {
            return amount.equals("X") ? "PXY" : "P" + times(amount, this == DECADE ? 10 : 100) + "Y";
        }
        if (this == HALF) {
            return amount.equals("X") ? "PXM" : "P" + times(amount, 6) + "M";
        }
        if (amount.indexOf('.') > 0 && (this == HOUR || this == MINUTE || this == YEAR)) {
            return fractional(new BigDecimal(amount));
        }
        return (timeOfDay ? "PT" : "P") + amount + durationCode;
    }

    /** "5 1/2 hours" PT5H30M, "2,5 minutes" PT2M30S, "1.5 years" P18M: a fraction becomes the next smaller unit. */
    private String fractional(BigDecimal amount) {
        if (this == YEAR) {
            return "P" + amount.multiply(BigDecimal.valueOf(12)).stripTrailingZeros().toPlainString() + "M";
        }
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        BigDecimal rest = amount.subtract(whole).multiply(BigDecimal.valueOf(60)).stripTrailingZeros();
        return "PT" + (whole.signum() == 0 ? "" : whole.toPlainString() + durationCode) + rest.toPlainString()
                + (this == HOUR ? "M" : "S");
    }

    private static String times(String amount, int factor) {
        return new BigDecimal(amount).multiply(BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
    }

    LocalDate shift(LocalDate date, long amount) {
        switch (this) {
            case SECOND:
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
            case HALF:
                return date.plusMonths(6 * amount);
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
            case SECOND:
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
            case HALF:
                return Periods.half(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
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
            case SECOND:
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
            case HALF:
                return Precision.HALF;
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
