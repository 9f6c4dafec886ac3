package io.factline.web;

/** The {@code limit} query parameter: how many items a page holds. */
public final class LimitParam {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private LimitParam() {
    }

    /** The page size {@code value} asks for; a 400 problem unless it is an integer in 1..{@value #MAX}. */
    public static int parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("limit", "expected an integer from 1 to " + MAX
                    + ", got '" + DateParam.abbreviate(value) + "'");
        }
        if (limit < 1 || limit > MAX) {
            throw ProblemException.invalidParameter("limit", "must be from 1 to " + MAX + ", got " + limit);
        }
        return limit;
    }
}
