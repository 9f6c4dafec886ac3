package io.factline.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date query parameter written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: a whole year, month or day.
 * Parsed by hand because a JAX-RS {@code LocalDate} parameter answers a malformed value with 404, not 400.
 */
public final class DateParam {

    static final String FORMATS = "expected YYYY, YYYY-MM or YYYY-MM-DD";

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private DateParam() {
    }

    /** First day of the period {@code value} names; null when absent. */
    public static LocalDate start(String name, String value) {
        Matcher m = parse(name, value);
        if (m == null) {
            return null;
        }
        YearMonth month = month(name, m);
        return m.group(3) == null ? month.atDay(1) : day(name, month, m.group(3));
    }

    /** Last day of the period {@code value} names; null when absent. */
    public static LocalDate end(String name, String value) {
        Matcher m = parse(name, value);
        if (m == null) {
            return null;
        }
        if (m.group(2) == null) {
            return LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
        }
        YearMonth month = month(name, m);
        return m.group(3) == null ? month.atEndOfMonth() : day(name, month, m.group(3));
    }

    private static Matcher parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = SHAPE.matcher(value.strip());
        if (!m.matches()) {
            throw ProblemException.invalidParameter(name, FORMATS + ", got '" + abbreviate(value) + "'");
        }
        return m;
    }

    private static YearMonth month(String name, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw ProblemException.invalidParameter(name, "month " + m.group(2) + " does not exist");
        }
        return YearMonth.of(year, month);
    }

    private static LocalDate day(String name, YearMonth month, String day) {
        try {
            return month.atDay(Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw ProblemException.invalidParameter(name, month + "-" + day + " does not exist");
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
