package io.factline.export;

import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import io.factline.temporal.TimeOfDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date as a reader says it, at the precision the source gave it: "13 février 2023", "18 mai 1999, 21 h 45",
 * "19 mai 1999, matin", "semaine du 6 mai 2024", "fin août 2022", "February 2023", "18 May 1999, 21:45",
 * "week of 6 May 2024", "late August 2022".
 */
public final class DisplayDate {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu",
            DisplayLanguage.EN.locale());

    private DisplayDate() {
    }

    /**
     * The label of the interval [earliest, latest] known to {@code precision}; {@code value} is its TIMEX3 value
     * (needed to tell a weekend from a week and to name a season), {@code mod} the part of it meant, or null.
     */
    public static String format(String value, Precision precision, LocalDate earliest, LocalDate latest, Mod mod,
            DisplayLanguage language) {
        boolean fr = language == DisplayLanguage.FR;
        String period = switch (precision) {
            case MINUTE, HOUR, PART_OF_DAY -> day(earliest, language) + ", " + time(value, precision, fr);
            case DAY -> day(earliest, language);
            case WEEK -> value != null && value.endsWith("-WE")
                    ? (fr ? "week-end du " : "weekend of ") + day(earliest, language)
                    : (fr ? "semaine du " : "week of ") + day(earliest, language);
            case MONTH -> month(earliest, language) + " " + earliest.getYear();
            case SEASON -> season(value, earliest, fr) + " " + earliest.getYear();
            case QUARTER -> {
                int quarter = (earliest.getMonthValue() - 1) / 3 + 1;
                yield fr ? ordinalFr(quarter) + " trimestre " + earliest.getYear()
                        : "Q" + quarter + " " + earliest.getYear();
            }
            case HALF -> {
                boolean first = earliest.getMonthValue() <= 6;
                yield fr ? (first ? "premier" : "second") + " semestre " + earliest.getYear()
                        : (first ? "first" : "second") + " half of " + earliest.getYear();
            }
            case YEAR -> Integer.toString(earliest.getYear());
            case DECADE -> {
                int decade = earliest.getYear() / 10 * 10;
                yield fr ? "années " + decade : decade + "s";
            }
            case CENTURY -> {
                int century = earliest.getYear() / 100 + 1;
                yield fr ? roman(century) + (century == 1 ? "er" : "e") + " siècle" : ordinalEn(century) + " century";
            }
        };
        return mod == null || precision.compareTo(Precision.DAY) <= 0 ? period : modified(mod, period, fr);
    }

    /**
     * The time part of a TIME value as the language writes it: "21 h 45" / "21:45", "18 h" / "18:00" (a whole hour),
     * "matin" / "morning"; empty when the value has no time part.
     */
    private static String time(String value, Precision precision, boolean fr) {
        if (TimeOfDay.isPartOfDay(value)) {
            int t = value.indexOf('T');
            String code = value.substring(t + 1, Math.min(value.length(), t + 3));
            return switch (code) {
                case TimeOfDay.MORNING -> fr ? "matin" : "morning";
                case TimeOfDay.MIDDAY -> fr ? "midi" : "midday";
                case TimeOfDay.AFTERNOON -> fr ? "après-midi" : "afternoon";
                case TimeOfDay.EVENING -> fr ? "soir" : "evening";
                case TimeOfDay.NIGHT -> fr ? "nuit" : "night";
                default -> fr ? "dans la journée" : "during the day";
            };
        }
        LocalTime clock = TimeOfDay.of(value);
        if (clock == null) {
            return "";
        }
        if (!fr) {
            return String.format(Locale.ROOT, "%02d:%02d", clock.getHour(), clock.getMinute());
        }
        // French typography: "18 h" for an hour, "21 h 45", "9 h 05".
        return clock.getHour() + " h" + (precision == Precision.HOUR && clock.getMinute() == 0 ? ""
                : String.format(Locale.ROOT, " %02d", clock.getMinute()));
    }

    private static String day(LocalDate date, DisplayLanguage language) {
        if (language == DisplayLanguage.EN) {
            return EN_DAY.format(date);
        }
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " "
                + month(date, language) + " " + date.getYear();
    }

    private static String month(LocalDate date, DisplayLanguage language) {
        return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
    }

    private static String season(String value, LocalDate earliest, boolean fr) {
        String code = value != null && value.length() > 2 ? value.substring(value.length() - 2) : "";
        return switch (code) {
            case "SP" -> fr ? "printemps" : "spring";
            case "SU" -> fr ? "été" : "summer";
            case "FA", "AU" -> fr ? "automne" : "autumn";
            case "WI" -> fr ? "hiver" : "winter";
            default -> switch (earliest.getMonthValue()) {
                case 3, 4, 5 -> fr ? "printemps" : "spring";
                case 6, 7, 8 -> fr ? "été" : "summer";
                case 9, 10, 11 -> fr ? "automne" : "autumn";
                default -> fr ? "hiver" : "winter";
            };
        };
    }

    private static String modified(Mod mod, String period, boolean fr) {
        return switch (mod) {
            case START -> (fr ? "début " : "early ") + period;
            case MID -> (fr ? "mi-" : "mid-") + period;
            case END -> (fr ? "fin " : "late ") + period;
        };
    }

    private static String ordinalFr(int n) {
        return n == 1 ? "1er" : n + "e";
    }

    private static String ordinalEn(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(numerals[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
