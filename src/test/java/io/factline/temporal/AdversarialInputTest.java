package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards against super-linear matching: megabyte inputs built to provoke backtracking must still finish. */
class AdversarialInputTest {

    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static final int ONE_MEGABYTE = 1 << 20;
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 16);

    private final TemporalResolver resolver = new TemporalResolver();

    @Test
    void finishesOnAMegabyteOfDigits() {
        String digits = "7".repeat(ONE_MEGABYTE);
        List<Timex> found = assertTimeoutPreemptively(GENEROUS, () -> resolver.extract(digits, PUBLISHED, Language.FR));
        assertTrue(found.isEmpty(), "one huge number is no date");
    }

    @Test
    void finishesOnAMegabyteOfDigitGroupsAndSeparators() {
        String groups = repeat("12/", ONE_MEGABYTE) + " " + repeat("2024 ", ONE_MEGABYTE / 4);
        List<Timex> found = assertTimeoutPreemptively(GENEROUS, () -> resolver.extract(groups, PUBLISHED, Language.FR));
        assertTrue(found.stream().allMatch(t -> t.end() > t.start()));
    }

    @Test
    void finishesOnAMegabyteOfWeekdayAndMonthWords() {
        String words = repeat("lundi mars fin août le 1er mardi prochain il y a deux ", ONE_MEGABYTE);
        List<Timex> found = assertTimeoutPreemptively(GENEROUS, () -> resolver.extract(words, PUBLISHED, Language.FR));
        assertFalse(found.isEmpty(), "the weekdays and months are still found");
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start(), "expressions do not overlap");
        }
    }

    @Test
    void finishesOnAMegabyteOfEnglishCalendarWords() {
        String words = repeat("Monday March the 3rd of May late early next last week ago ", ONE_MEGABYTE);
        List<Timex> found = assertTimeoutPreemptively(GENEROUS, () -> resolver.extract(words, PUBLISHED, Language.EN));
        assertFalse(found.isEmpty());
    }

    @Test
    void finishesOnAMegabyteWithoutWhitespace() {
        String chunk = repeat("www.x.fr/2024/05/16-", ONE_MEGABYTE);
        List<Timex> found = assertTimeoutPreemptively(GENEROUS, () -> resolver.extract(chunk, PUBLISHED, Language.FR));
        assertTrue(found.isEmpty(), "a web address hides everything inside it");
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
