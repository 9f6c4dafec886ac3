package io.factline.temporal;

import java.util.Set;

/** A typed hole in a grammar pattern, such as {@code <day>} or {@code <month>}, and how it reads tokens. */
enum Slot {
    DAY("day"),
    MONTH("month"),
    YEAR("year"),
    NUMBER("num"),
    QUANTITY("quant"),
    UNIT("unit"),
    WEEKDAY("weekday"),
    ORDINAL("ord"),
    SEASON("season"),
    MODIFIER("mod"),
    PART_OF_DAY("pod"),
    NUMERIC_DATE("numdate"),
    QUARTER_CODE("qcode"),
    HALF_CODE("hcode"),
    /** "1990s", "90s". */
    DECADE("decade"),
    /** The number after "années": 1990, 90, 2000. */
    DECADE_NUMBER("decadenum"),
    CENTURY("century"),
    /** "21 h 45", "18h", "10:35 a.m.", "6 p.m": a clock time. */
    CLOCK("clock"),
    /** "Noël", "la Toussaint", "Thanksgiving Day". */
    HOLIDAY("holiday"),
    /** "environ", "plus de", "about", "at least" before a length of time. */
    DURATION_MODIFIER("durmod"),
    /** "quinquennat", "un quart de siècle", "half an hour": its TIMEX3 duration. */
    NAMED_DURATION("named"),
    /** "30,4", "2.5", "5 1/2": a number with a fraction, as the decimal string of its value. */
    DECIMAL("dec"),
    /** "98" in "octobre 98": a year written with two digits. */
    SHORT_YEAR("yy"),
    DIRECTION_BEFORE("before"),
    DIRECTION_AFTER("after");

    /** What a slot read: its value and the number of tokens it took. */
    record Filled(Object value, int length) {
    }

    /**
     * A clock time as written (hour 0 to 24); {@code minutesWritten} tells "18 h 00" (minutes) from "18 h" (the hour).
     */
    record Clock(int hour, int minute, boolean minutesWritten) {

        /** The TIMEX3 time part: "21:45". */
        String value() {
            int h = hour % 24;
            return (h < 10 ? "0" : "") + h + ":" + (minute < 10 ? "0" : "") + minute;
        }
    }

    /** A numeric date before the day/month order of the language is applied. */
    record NumericDate(int first, int second, int third, boolean yearFirst) {
    }

    final String patternName;

    Slot(String patternName) {
        this.patternName = patternName;
    }

    static Slot named(String name) {
        for (Slot slot : values()) {
            if (slot.patternName.equals(name)) {
                return slot;
            }
        }
        throw new IllegalArgumentException("unknown slot <" + name + ">");
    }

    Filled read(Token[] tokens, int i, Lexicon lexicon) {
        Token token = tokens[i];
        if (token.isOpaque() || token.kind == Token.Kind.PUNCT) {
            return null;
        }
        switch (this) {
            case DAY:
                return day(token, lexicon);
            case MONTH:
                return month(tokens, i, lexicon);
            case YEAR:
                return year(token);
            case NUMBER:
                return number(tokens, i, lexicon);
            case QUANTITY:
                return phrase(lexicon.vagueQuantities.longestAt(tokens, i));
            case UNIT:
                return single(lexicon.units.get(token.norm));
            case WEEKDAY:
                return single(lexicon.weekdays.get(token.norm));
            case ORDINAL:
                return ordinal(token, lexicon);
            case SEASON:
                return single(lexicon.seasons.get(token.norm));
            case MODIFIER:
                return phrase(lexicon.modifiers.longestAt(tokens, i));
            case PART_OF_DAY:
                return phrase(lexicon.partsOfDay.longestAt(tokens, i));
            case NUMERIC_DATE:
                return numericDate(tokens, i);
            case QUARTER_CODE:
                return letterCode(token, lexicon.quarterLetters, 4);
            case HALF_CODE:
                return letterCode(token, lexicon.halfLetters, 2);
            case DECADE:
                return decade(token);
            case DECADE_NUMBER:
                return decadeNumber(token);
            case CENTURY:
                return century(token, lexicon);
            case DIRECTION_BEFORE:
                return phrase(lexicon.directionsBefore.longestAt(tokens, i));
            case CLOCK:
                return clock(tokens, i, lexicon);
            case HOLIDAY:
                return phrase(lexicon.holidays.longestAt(tokens, i));
            case DURATION_MODIFIER:
                return phrase(lexicon.durationModifiers.longestAt(tokens, i));
            case NAMED_DURATION:
                return phrase(lexicon.namedDurations.longestAt(tokens, i));
            case DECIMAL:
                return decimal(tokens, i);
            case SHORT_YEAR:
                return token.isNumber() && token.text.length() == 2 && !token.hyphenBefore
                        ? new Filled(token.intValue(), 1) : null;
            default:
                return single(lexicon.directionsAfter.get(token.norm));
        }
    }

    private static Filled single(Object value) {
        return value == null ? null : new Filled(value, 1);
    }

    private static Filled phrase(PhraseTrie.Found<?> found) {
        return found == null ? null : new Filled(found.value(), found.length());
    }

    private static Filled day(Token token, Lexicon lexicon) {
        int value = token.isNumber() && token.text.length() <= 2 ? token.intValue() : lexicon.ordinalNumber(token.norm);
        if (value < 1 && "premier".equals(token.norm) && lexicon.language == Language.FR) {
            value = 1;
        }
        return value >= 1 && value <= 31 ? new Filled(value, 1) : null;
    }

    private static Filled month(Token[] tokens, int i, Lexicon lexicon) {
        if (lexicon.language == Language.EN && !tokens[i].isCapitalized()) {
            return null; // English writes months with a capital: "may" and "march" are verbs
        }
        PhraseTrie.Found<Integer> full = lexicon.months.longestAt(tokens, i);
        if (full != null) {
            return new Filled(full.value(), full.length());
        }
        Integer abbreviated = lexicon.monthAbbreviations.get(tokens[i].norm);
        if (abbreviated == null || i + 1 >= tokens.length) {
            return null;
        }
        Token next = tokens[i + 1];
        if (next.isPunct('.') && !next.spaceBefore) {
            return new Filled(abbreviated, 2);
        }
        return next.isNumber() ? new Filled(abbreviated, 1) : null;
    }

    private static Filled year(Token token) {
        if (!token.isNumber() || token.text.length() != 4) {
            return null;
        }
        int year = token.intValue();
        return year >= 1000 && year <= 2099 ? new Filled(year, 1) : null;
    }

    private static Filled number(Token[] tokens, int i, Lexicon lexicon) {
        Token token = tokens[i];
        if (token.isNumber()) {
            int value = token.text.length() <= 6 ? token.intValue() : -1;
            return value >= 0 ? new Filled(value, 1) : null;
        }
        return phrase(lexicon.numbers.longestAt(tokens, i));
    }

    private static Filled ordinal(Token token, Lexicon lexicon) {
        Integer word = lexicon.ordinals.get(token.norm);
        int value = word != null ? word : lexicon.ordinalNumber(token.norm);
        return value >= 1 && value <= 4 ? new Filled(value, 1) : null;
    }

    /** "Q3", "T1", "H2", "S1". */
    private static Filled letterCode(Token token, Set<Character> letters, int max) {
        String norm = token.norm;
        if (token.kind != Token.Kind.ALNUM || norm.length() != 2 || !letters.contains(norm.charAt(0))) {
            return null;
        }
        int n = norm.charAt(1) - '0';
        return n >= 1 && n <= max ? new Filled(n, 1) : null;
    }

    /** "1990s" is decade 199; "90s" is read as 199 too, "00s"/"10s" as the 2000s/2010s. */
    private static Filled decade(Token token) {
        String norm = token.norm;
        if (token.kind != Token.Kind.ALNUM || !norm.endsWith("s") || norm.charAt(norm.length() - 2) != '0') {
            return null;
        }
        String digits = norm.substring(0, norm.length() - 1);
        for (int k = 0; k < digits.length(); k++) {
            if (!Character.isDigit(digits.charAt(k))) {
                return null;
            }
        }
        return decadeOf(digits);
    }

    private static Filled decadeNumber(Token token) {
        if (!token.isNumber() || !token.text.endsWith("0")) {
            return null;
        }
        return decadeOf(token.text);
    }

    private static Filled decadeOf(String digits) {
        if (digits.length() == 4) {
            int year = Integer.parseInt(digits);
            return year >= 1000 && year <= 2090 ? new Filled(year / 10, 1) : null;
        }
        if (digits.length() == 2) {
            int twoDigits = Integer.parseInt(digits);
            return new Filled((twoDigits <= 10 ? 2000 + twoDigits : 1900 + twoDigits) / 10, 1);
        }
        return null;
    }

    /** "XXe", "XXIème", "20e", "21st", "twentieth": the ordinal number of the century. */
    private static Filled century(Token token, Lexicon lexicon) {
        Integer word = lexicon.centuryWords.get(token.norm);
        if (word != null) {
            return new Filled(word, 1);
        }
        int number = lexicon.ordinalNumber(token.norm);
        if (number < 0 && token.isWord()) {
            number = roman(token.norm, lexicon);
        }
        return number >= 1 && number <= 21 ? new Filled(number, 1) : null;
    }

    /** "xxe", "xixeme", "xxist": roman digits then letters, the shape of a written century. */
    static boolean isRomanOrdinal(String norm) {
        int end = 0;
        while (end < norm.length() && "ivxl".indexOf(norm.charAt(end)) >= 0) {
            end++;
        }
        return end > 0 && end < norm.length();
    }

    private static int roman(String norm, Lexicon lexicon) {
        int end = 0;
        while (end < norm.length() && "ivxl".indexOf(norm.charAt(end)) >= 0) {
            end++;
        }
        if (end == 0 || !lexicon.ordinalSuffixes.contains(norm.substring(end))) {
            return -1;
        }
        int total = 0;
        int previous = 0;
        for (int k = end - 1; k >= 0; k--) {
            int value = switch (norm.charAt(k)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> 50;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    /**
     * A clock time: "21 h 45", "21h45", "18 h", "0 h 40" (French hours), "10:35", "21:45" (hours and minutes joined by
     * a colon), each optionally followed by "a.m."/"p.m.", and "6 a.m.", "10 p.m", "6am" (an hour with a meridiem).
     */
    private static Filled clock(Token[] tokens, int i, Lexicon lexicon) {
        Token token = tokens[i];
        if (token.kind == Token.Kind.ALNUM) {
            return compactClock(tokens, i, lexicon);
        }
        if (!token.isNumber() || token.text.length() > 2) {
            return null;
        }
        int hour = token.intValue();
        if (i + 1 >= tokens.length) {
            return null;
        }
        Token next = tokens[i + 1];
        if (next.norm.equals("h") && next.isWord() && lexicon.language == Language.FR) {
            if (hour > 24) {
                return null;
            }
            if (i + 2 < tokens.length && isMinutes(tokens[i + 2]) && !tokens[i + 2].lineBreakBefore) {
                return new Filled(new Clock(hour, tokens[i + 2].intValue(), true), 3);
            }
            return new Filled(new Clock(hour, 0, false), 2);
        }
        if (next.isPunct(':') && !next.spaceBefore && i + 2 < tokens.length && !tokens[i + 2].spaceBefore
                && isMinutes(tokens[i + 2])) {
            if (hour > 24 || i + 3 < tokens.length && tokens[i + 3].isPunct(':') && !tokens[i + 3].spaceBefore) {
                return null; // 12:30:15 of a video, or a ratio
            }
            int minute = tokens[i + 2].intValue();
            PhraseTrie.Found<Integer> meridiem = lexicon.meridiems.longestAt(tokens, i + 3);
            if (meridiem != null) {
                return hour < 1 || hour > 12 ? null
                        : new Filled(new Clock(hour % 12 + meridiem.value(), minute, true), 3 + meridiem.length());
            }
            return new Filled(new Clock(hour, minute, true), 3);
        }
        PhraseTrie.Found<Integer> meridiem = lexicon.meridiems.longestAt(tokens, i + 1);
        if (meridiem != null && hour >= 1 && hour <= 12) {
            return new Filled(new Clock(hour % 12 + meridiem.value(), 0, false), 1 + meridiem.length());
        }
        return null;
    }

    /** "30,4" or "2.5" (digits, one separator between digits, digits) and "5 1/2": the value as a decimal string. */
    private static Filled decimal(Token[] tokens, int i) {
        Token whole = tokens[i];
        if (!whole.isNumber() || whole.text.length() > 4 || i + 2 >= tokens.length) {
            return null;
        }
        Token separator = tokens[i + 1];
        Token fraction = tokens[i + 2];
        if (separator.betweenDigits && (separator.isPunct(',') || separator.isPunct('.')) && !fraction.spaceBefore
                && fraction.isNumber() && fraction.text.length() <= 3) {
            return new Filled(whole.text + "." + fraction.text, 3);
        }
        if (fraction.isPunct('/') && separator.isNumber() && i + 3 < tokens.length && tokens[i + 3].isNumber()
                && !fraction.spaceBefore && !tokens[i + 3].spaceBefore) {
            int numerator = separator.intValue();
            int denominator = tokens[i + 3].intValue();
            if (denominator == 2 && numerator == 1 || denominator == 4 && (numerator == 1 || numerator == 3)) {
                String decimals = numerator * 100 / denominator == 50 ? "5" : Integer.toString(numerator * 100
                        / denominator);
                return new Filled(whole.text + "." + decimals, 4);
            }
        }
        return null;
    }

    /** "21h45", "18h", "6am", "10pm". */
    private static Filled compactClock(Token[] tokens, int i, Lexicon lexicon) {
        String norm = tokens[i].norm;
        int digits = 0;
        while (digits < norm.length() && Character.isDigit(norm.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return null;
        }
        int hour = Integer.parseInt(norm, 0, digits, 10);
        String rest = norm.substring(digits);
        if (lexicon.language == Language.FR && rest.startsWith("h") && hour <= 24) {
            String minutes = rest.substring(1);
            if (minutes.isEmpty()) {
                return new Filled(new Clock(hour, 0, false), 1);
            }
            if (minutes.length() == 2 && Character.isDigit(minutes.charAt(0)) && Character.isDigit(minutes.charAt(1))
                    && Integer.parseInt(minutes) < 60) {
                return new Filled(new Clock(hour, Integer.parseInt(minutes), true), 1);
            }
            return null;
        }
        Integer meridiem = lexicon.meridiems.get(rest);
        if (meridiem != null && hour >= 1 && hour <= 12) {
            return new Filled(new Clock(hour % 12 + meridiem, 0, false), 1);
        }
        return null;
    }

    private static boolean isMinutes(Token token) {
        return token.isNumber() && token.text.length() == 2 && token.intValue() < 60;
    }

    /** 24/02/2022, 24.02.2022, 24-02-2022, 2022-02-24: three numbers joined by one repeated separator, no spaces. */
    private static Filled numericDate(Token[] tokens, int i) {
        int[] parts = new int[3];
        int[] lengths = new int[3];
        char separator = 0;
        int k = i;
        for (int part = 0; part < 3; part++) {
            if (k >= tokens.length || !tokens[k].isNumber() || tokens[k].text.length() > 4) {
                return null;
            }
            parts[part] = tokens[k].intValue();
            lengths[part] = tokens[k].text.length();
            k++;
            if (part == 2) {
                break;
            }
            char found = separatorBefore(tokens, k);
            if (found == 0 || (separator != 0 && found != separator)) {
                return null;
            }
            separator = found;
            if (found != '-') {
                k++;
            }
        }
        if (k < tokens.length && separatorBefore(tokens, k) != 0) {
            return null;
        }
        boolean yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
        boolean yearLast = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2);
        if (!yearFirst && !yearLast) {
            return null;
        }
        return new Filled(new NumericDate(parts[0], parts[1], parts[2], yearFirst), k - i);
    }

    /** The separator joining token {@code k} to the number before it, or 0. */
    private static char separatorBefore(Token[] tokens, int k) {
        if (k >= tokens.length) {
            return 0;
        }
        Token token = tokens[k];
        if (token.hyphenBefore && token.isNumber()) {
            return '-';
        }
        boolean attached = !token.spaceBefore && k + 1 < tokens.length && !tokens[k + 1].spaceBefore
                && tokens[k + 1].isNumber();
        if (attached && (token.isPunct('/') || token.isPunct('.'))) {
            return token.text.charAt(0);
        }
        return 0;
    }
}
