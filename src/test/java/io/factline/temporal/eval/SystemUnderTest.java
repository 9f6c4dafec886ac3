package io.factline.temporal.eval;

import io.factline.temporal.Language;
import io.factline.temporal.Timex;
import java.time.LocalDate;
import java.util.List;

/** The system under evaluation: {@code new TemporalResolver()::extract}, or a stand-in in the scorer's own tests. */
@FunctionalInterface
public interface SystemUnderTest {

    List<Timex> extract(String text, LocalDate publishedOn, Language language);
}
