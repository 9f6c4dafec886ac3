package io.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFeedTest {

    @Test
    void writesAHeaderRowThenOneRowPerEventEndedByCrlf() {
        String csv = CsvFeed.of(SampleEvents.page(SampleEvents.day(), SampleEvents.week()), SampleEvents.FR);
        List<List<String>> rows = parse(csv);
        assertThat(csv).endsWith("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(CsvFeed.HEADER);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(CsvFeed.HEADER));
        assertThat(rows.get(1).get(0)).isEqualTo("bakhmut-shelling");
        assertThat(rows.get(2).get(0)).isEqualTo("budanov-says-situation-critical");
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedFields() {
        List<String> row = parse(CsvFeed.of(SampleEvents.page(SampleEvents.day()), SampleEvents.FR)).get(1);
        assertThat(row.get(column("summary"))).isEqualTo("Résumé de bakhmut-shelling, avec une virgule.");
        assertThat(row.get(column("quotes")))
                .isEqualTo("Les forces russes ont pilonné Bakhmut lundi, \"sans relâche\".");
        assertThat(row.get(column("quote_links")))
                .startsWith("https://api.example.org/sources/001_b5e0b783de3c455c/text#:~:text=");
        assertThat(row.get(column("latitude"))).isEqualTo("48.5956");
        assertThat(row.get(column("precision"))).isEqualTo("DAY");
        assertThat(row.get(column("earliest"))).isEqualTo("2023-02-13");
    }

    @Test
    void writesTheClockTimeInItsOwnColumnBesideTheValue() {
        List<List<String>> rows = parse(CsvFeed.of(SampleEvents.page(SampleEvents.day(), SampleEvents.morning(),
                SampleEvents.clockTime()), SampleEvents.FR));
        assertThat(rows.get(1).get(column("time"))).isEmpty();
        assertThat(rows.get(2).get(column("date"))).isEqualTo("2024-05-16TMO");
        assertThat(rows.get(2).get(column("precision"))).isEqualTo("PART_OF_DAY");
        assertThat(rows.get(2).get(column("time"))).isEmpty();
        assertThat(rows.get(3).get(column("date"))).isEqualTo("2024-05-16T21:45");
        assertThat(rows.get(3).get(column("precision"))).isEqualTo("MINUTE");
        assertThat(rows.get(3).get(column("time"))).isEqualTo("21:45");
        assertThat(column("time")).isEqualTo(column("latest") + 1);
    }

    @Test
    void joinsSeveralCitationsLineByLineInTheSameOrder() {
        var event = SampleEvents.event("two", "Deux citations", SampleEvents.day().date(), null, java.util.List.of(),
                SampleEvents.citation("a", "première", null), SampleEvents.citation("b", "seconde", null));
        List<String> row = parse(CsvFeed.of(SampleEvents.page(event), SampleEvents.FR)).get(1);
        assertThat(row.get(column("quotes"))).isEqualTo("première\nseconde");
        assertThat(row.get(column("source_ids"))).isEqualTo("a\nb");
        assertThat(row.get(column("quote_links")).split("\n")).hasSize(2);
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormula() {
        List<String> row = parse(CsvFeed.of(SampleEvents.page(SampleEvents.endOfMonth()), SampleEvents.FR)).get(1);
        assertThat(row.get(column("title"))).isEqualTo("'=SUM(A1) stocks épuisés");
    }

    @Test
    void quotesOnlyFieldsThatNeedItAsRfc4180Says() {
        assertThat(CsvFeed.field("plain")).isEqualTo("plain");
        assertThat(CsvFeed.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFeed.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFeed.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    private static int column(String name) {
        return CsvFeed.HEADER.indexOf(name);
    }

    /** A strict RFC 4180 reader: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("a bare line break or quote outside a quoted field at " + i).isNotIn('\n', '\r', '"');
                field.append(c);
                i++;
            }
        }
        assertThat(field.length() == 0 && row.isEmpty()).as("the last record ends with CRLF").isTrue();
        return rows;
    }
}
