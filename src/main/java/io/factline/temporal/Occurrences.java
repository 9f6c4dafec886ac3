package io.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/** Picks which year's "janvier" or which week's "mardi" a text means, given a direction from a reference day. */
final class Occurrences {

    private Occurrences() {
    }

    /**
     * The occurrence of a yearly unit ({@code inYear} builds it for a given year, or returns null when that year has
     * none, as for 29 February) that {@code direction} selects around {@code reference}.
     */
    static Period ofYearlyUnit(IntFunction<Period> inYear, LocalDate reference, Direction direction) {
        Period chosen = null;
        for (int year = reference.getYear() - 4; year <= reference.getYear() + 4; year++) {
            if (!Periods.isSupportedYear(year)) {
                continue;
            }
            Period candidate = inYear.apply(year);
            if (candidate == null) {
                continue;
            }
            switch (direction) {
                case PAST_OR_CURRENT:
                    chosen = candidate.earliest().isAfter(reference) ? chosen : candidate;
                    break;
                case STRICTLY_PAST:
                    chosen = candidate.latest().isBefore(reference) ? candidate : chosen;
                    break;
                case FUTURE_OR_CURRENT:
                    chosen = chosen == null && !candidate.latest().isBefore(reference) ? candidate : chosen;
                    break;
                case STRICTLY_FUTURE:
                    chosen = chosen == null && candidate.earliest().isAfter(reference) ? candidate : chosen;
                    break;
                default:
                    chosen = chosen == null || candidate.distanceTo(reference) < chosen.distanceTo(reference)
                            ? candidate : chosen;
            }
        }
        return chosen;
    }

    static LocalDate ofWeekday(DayOfWeek day, LocalDate reference, Direction direction) {
        switch (direction) {
            case STRICTLY_PAST:
                return reference.with(TemporalAdjusters.previous(day));
            case FUTURE_OR_CURRENT:
                return reference.with(TemporalAdjusters.nextOrSame(day));
            case STRICTLY_FUTURE:
                return reference.with(TemporalAdjusters.next(day));
            case NEAREST:
                LocalDate before = reference.with(TemporalAdjusters.previousOrSame(day));
                LocalDate after = reference.with(TemporalAdjusters.nextOrSame(day));
                return after.toEpochDay() - reference.toEpochDay() < reference.toEpochDay() - before.toEpochDay()
                        ? after : before;
            default:
                return reference.with(TemporalAdjusters.previousOrSame(day));
        }
    }
}
