package io.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A holiday and the rule that gives its day in a year: a fixed date, a weekday of a month, or Easter's offset. */
enum Holiday {
    NEW_YEARS_EVE(12, 31),
    NEW_YEARS_DAY(1, 1),
    EPIPHANY(1, 6),
    CANDLEMAS(2, 2),
    VALENTINES_DAY(2, 14),
    MAY_DAY(5, 1),
    VE_DAY(5, 8),
    MUSIC_DAY(6, 21),
    SAINT_JOHN(6, 24),
    INDEPENDENCE_DAY_US(7, 4),
    BASTILLE_DAY(7, 14),
    ASSUMPTION(8, 15),
    HALLOWEEN(10, 31),
    ALL_SAINTS(11, 1),
    SAINT_NICHOLAS(12, 6),
    ARMISTICE(11, 11),
    CHRISTMAS_EVE(12, 24),
    CHRISTMAS(12, 25),
    BOXING_DAY(12, 26),
    /** Fourth Thursday of November. */
    THANKSGIVING_US(11, DayOfWeek.THURSDAY, 4),
    /** First Monday of September. */
    LABOR_DAY_US(9, DayOfWeek.MONDAY, 1),
    /** Last Monday of May. */
    MEMORIAL_DAY_US(5, DayOfWeek.MONDAY, -1),
    /** Third Monday of January. */
    MARTIN_LUTHER_KING_DAY(1, DayOfWeek.MONDAY, 3),
    /** Third Monday of February. */
    PRESIDENTS_DAY(2, DayOfWeek.MONDAY, 3),
    /** Second Monday of October. */
    COLUMBUS_DAY(10, DayOfWeek.MONDAY, 2),
    /** The Tuesday after the first Monday of November. */
    ELECTION_DAY_US(11, DayOfWeek.MONDAY, 1, 1),
    MARDI_GRAS(-47),
    GOOD_FRIDAY(-2),
    EASTER(0),
    EASTER_MONDAY(1),
    ASCENSION(39),
    PENTECOST(49),
    WHIT_MONDAY(50);

    private final int month;
    private final int day;
    private final DayOfWeek weekday;
    private final int ordinal;
    private final int daysAfter;
    private final Integer daysFromEaster;

    Holiday(int month, int day) {
        this(month, day, null, 0, 0, null);
    }

    Holiday(int month, DayOfWeek weekday, int ordinal) {
        this(month, 0, weekday, ordinal, 0, null);
    }

    Holiday(int month, DayOfWeek weekday, int ordinal, int daysAfter) {
        this(month, 0, weekday, ordinal, daysAfter, null);
    }

    Holiday(int daysFromEaster) {
        this(0, 0, null, 0, 0, daysFromEaster);
    }

    Holiday(int month, int day, DayOfWeek weekday, int ordinal, int daysAfter, Integer daysFromEaster) {
        this.month = month;
        this.day = day;
        this.weekday = weekday;
        this.ordinal = ordinal;
        this.daysAfter = daysAfter;
        this.daysFromEaster = daysFromEaster;
    }

    /** The day this holiday falls on in {@code year}. */
    LocalDate in(int year) {
        if (daysFromEaster != null) {
            return easter(year).plusDays(daysFromEaster);
        }
        if (weekday == null) {
            return LocalDate.of(year, month, day);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate found = ordinal < 0 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
        return found.plusDays(daysAfter);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
