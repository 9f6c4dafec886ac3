package io.factline.temporal;

import java.time.LocalTime;
import java.util.Locale;

/**
 * The time part of a TIMEX3 TIME value: a clock time ({@code T21:45}) or a part of the day ({@code TMO}). A part of
 * the day has no clock time of its own; {@link #of} gives the conventional start of its span so that a timeline can
 * sort the events of one day: morning 06:00, midday 12:00, afternoon 14:00, daytime 08:00, evening 18:00, night 22:00.
 */
public final class TimeOfDay {

    /** TIMEX3 part-of-day codes. */
    public static final String MORNING = "MO";
    public static final String MIDDAY = "MI";
    public static final String AFTERNOON = "AF";
    public static final String DAYTIME = "DT";
    public static final String EVENING = "EV";
    public static final String NIGHT = "NI";

    private TimeOfDay() {
    }

    /**
     * The clock time of {@code value} ({@code 1999-05-18T21:45}, {@code 2002-02-08T12:30-07}), or the conventional start
     * of its part of the day ({@code 1999-05-19TMO}); null when the value has no time part.
     */
    public static LocalTime of(String value) {
        if (value == null) {
            return null;
        }
        int t = value.indexOf('T');
        if (t < 0 || t + 3 > value.length()) {
            return null;
        }
        String time = value.substring(t + 1).toUpperCase(Locale.ROOT);
        switch (time.length() >= 2 ? time.substring(0, 2) : time) {
            case MORNING:
                return LocalTime.of(6, 0);
            case MIDDAY:
                return LocalTime.NOON;
            case AFTERNOON:
                return LocalTime.of(14, 0);
            case DAYTIME:
                return LocalTime.of(8, 0);
            case EVENING:
                return LocalTime.of(18, 0);
            case NIGHT:
                return LocalTime.of(22, 0);
            default:
                return clock(time);
        }
    }

    /** True when {@code value} names a part of the day rather than a clock time. */
    public static boolean isPartOfDay(String value) {
        int t = value == null ? -1 : value.indexOf('T');
        return t >= 0 && t + 1 < value.length() && Character.isLetter(value.charAt(t + 1));
    }

    /** "21:45", "18:00", "12:30-07": hours and minutes, anything after them (a zone) ignored. */
    private static LocalTime clock(String time) {
        if (time.length() < 5 || time.charAt(2) != ':') {
            return null;
        }
        int hour = digits(time, 0);
        int minute = digits(time, 3);
        if (hour < 0 || minute < 0 || hour > 24 || minute > 59) {
            return null;
        }
        return hour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(hour, minute);
    }

    private static int digits(String s, int from) {
        char a = s.charAt(from);
        char b = s.charAt(from + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }
}
