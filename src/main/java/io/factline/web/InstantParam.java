package io.factline.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A point in time as a query parameter: an RFC 3339 date-time with its offset ({@code 2024-05-16T08:30:00Z},
 * {@code 2024-05-16T10:30:00+02:00}) or a day ({@code 2024-05-16}, its start in UTC).
 */
public final class InstantParam {

    static final String FORMATS = "expected an RFC 3339 date-time such as 2024-05-16T08:30:00Z, or YYYY-MM-DD";

    private InstantParam() {
    }

    /** The instant {@code value} names, in UTC; null when absent. */
    public static OffsetDateTime parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // An unencoded '+' of an offset arrives as a space: take it back.
        String text = value.strip().replace(' ', '+');
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw ProblemException.invalidParameter(name, FORMATS + ", got '" + DateParam.abbreviate(value) + "'");
        }
    }
}
