package io.factline.ingest;

import io.factline.temporal.Language;
import java.time.LocalDate;

/**
 * A validated article to add.
 *
 * @param language fr or en; null to detect it from the text
 */
public record NewSource(String text, LocalDate publishedOn, Language language, String title, String publisher,
        String url) {
}
