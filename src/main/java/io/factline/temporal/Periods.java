package io.factline.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** Builds the period, TIMEX3 value and interval of each kind of calendar unit. */
final class Periods {

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private Periods() {
    }

    static Period day(LocalDate date) {
        return new Period(date.toString(), Precision.DAY, date, date);
    }

    /** The ISO week (Monday to Sunday) containing {@code date}: 2024-W19. */
    static Period week(LocalDate date) {
        LocalDate monday = Unit.mondayOf(date);
        return new Period(weekValue(monday), Precision.WEEK, monday, monday.plusDays(6));
    }

    /** Saturday and Sunday of the ISO week containing {@code date}: 2024-W19-WE. */
    static Period weekend(LocalDate date) {
        LocalDate saturday = Unit.mondayOf(date).plusDays(5);
        return new Period(weekValue(saturday) + "-WE", Precision.WEEK, saturday, saturday.plusDays(1));
    }

    static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(year4(year) + "-" + two(month), Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    static Period quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(year4(year) + "-Q" + quarter, Precision.QUARTER, first,
                first.plusMonths(3).minusDays(1));
    }

    static Period half(int year, int half) {
        LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(year4(year) + "-H" + half, Precision.HALF, first, first.plusMonths(6).minusDays(1));
    }

    /** Meteorological seasons; a winter belongs to the year of its December. */
    static Period season(int year, Season season) {
        LocalDate first = LocalDate.of(year, season.firstMonth, 1);
        return new Period(year4(year) + "-" + season.code, Precision.SEASON, first, first.plusMonths(3).minusDays(1));
    }

    static Period year(int year) {
        return new Period(year4(year), Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** {@code decade} 199 is 1990-1999, TIMEX3 value 199X as TimeML corpora write it. */
    static Period decade(int decade) {
        return new Period(String.format("%03dX", decade), Precision.DECADE, LocalDate.of(Math.max(MIN_YEAR,
                decade * 10), 1, 1),
                LocalDate.of(decade * 10 + 9, 12, 31));
    }

    /** {@code hundreds} 19 is 1900-1999, the "XXe siècle" in TIMEX3 terms. */
    static Period century(int hundreds) {
        return new Period(two(hundreds), Precision.CENTURY, LocalDate.of(Math.max(MIN_YEAR, hundreds * 100), 1, 1),
                LocalDate.of(hundreds * 100 + 99, 12, 31));
    }

    static boolean isSupportedYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR - 1;
    }

    /** The day-of-month date if it exists (no 30 February), else null. */
    static LocalDate dateOrNull(int year, int month, int day) {
        if (!isSupportedYear(year) || month < 1 || month > 12 || day < 1) {
            return null;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
    }

    private static String weekValue(LocalDate dayOfWeek) {
        int week = dayOfWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return year4(dayOfWeek.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(week);
    }

    private static String year4(int year) {
        return year >= 1000 ? Integer.toString(year) : String.format("%04d", year);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
