package io.factline.export;

import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import io.factline.timeline.EventView.CitationView;
import io.factline.timeline.EventView.DateView;
import io.factline.timeline.EventView.PlaceView;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Events of every shape the writers must handle, built by hand so that the writers are tested without a server. */
final class SampleEvents {

    static final ExportContext FR = new ExportContext(URI.create("https://api.example.org/"), DisplayLanguage.FR);
    static final ExportContext EN = new ExportContext(URI.create("https://api.example.org/"), DisplayLanguage.EN);
    static final OffsetDateTime UPDATED = OffsetDateTime.of(2024, 6, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2));

    static final PlaceView BAKHMUT = new PlaceView("bakhmut", "Bakhmut", List.of("Artemivsk"), "city", "UA", 48.5956,
            38.0003);

    private SampleEvents() {
    }

    static EventView day() {
        return event("bakhmut-shelling", "Bakhmut sous les obus", date("2023-02-13", Precision.DAY, "2023-02-13",
                "2023-02-13", null), BAKHMUT, List.of("bombardement", "artillerie"),
                citation("001_b5e0b783de3c455c", "Les forces russes ont pilonné Bakhmut lundi, \"sans relâche\".",
                        "https://www.aljazeera.com/news/2023/2/13/x#:~:text=Les%20forces"));
    }

    static EventView clockTime() {
        return event("bakhmut-evening-strike", "Frappe sur Bakhmut", date("2024-05-16T21:45", Precision.MINUTE,
                "2024-05-16", "2024-05-16", null), BAKHMUT, List.of("bombardement"),
                citation("001_b5e0b783de3c455c", "Une frappe a touché Bakhmut jeudi à 21 h 45.", null));
    }

    static EventView hour() {
        return event("mayor-speaks", "Le maire parle", date("2024-05-16T18:00", Precision.HOUR, "2024-05-16",
                "2024-05-16", null), null, List.of(), citation("000_4e53fd3a5ea1eb34", "jeudi à 18 h", null));
    }

    static EventView morning() {
        return event("kharkiv-liptsy-road-under-russian-fire-control", "Route Kharkiv–Liptsy sous le feu",
                date("2024-05-16TMO", Precision.PART_OF_DAY, "2024-05-16", "2024-05-16", null), BAKHMUT, List.of(),
                citation("000_4e53fd3a5ea1eb34", "jeudi matin, selon le ministère", null));
    }

    static EventView week() {
        return event("budanov-says-situation-critical", "Budanov: la situation est critique",
                date("2024-W19", Precision.WEEK, "2024-05-06", "2024-05-12", null), null, List.of("déclaration"),
                citation("000_4e53fd3a5ea1eb34", "la semaine dernière, la situation était critique", null));
    }

    static EventView month() {
        return event("russian-invasion-begins", "Début de l’invasion russe",
                date("2022-02", Precision.MONTH, "2022-02-01", "2022-02-28", null), null, List.of(),
                citation("004_1ac56a06fa62bc08", "depuis le début de l'invasion russe, en février 2022", null));
    }

    static EventView year() {
        return event("bucharest-summit-2008", "Sommet de Bucarest", date("2008", Precision.YEAR, "2008-01-01",
                "2008-12-31", null), null, List.of("sommet"), citation("003_91513574e7c7d43d", "En 2008, un sommet",
                null));
    }

    static EventView endOfMonth() {
        return event("german-arms-stocks-depleted", "=SUM(A1) stocks épuisés", date("2022-08", Precision.MONTH,
                "2022-08-01", "2022-08-31", Mod.END), null, List.of(), citation("002_43010d41d36f84ae",
                "depuis la fin du mois d’août", null));
    }

    static EventPage page(EventView... events) {
        return new EventPage(List.of(events), null);
    }

    static DateView date(String value, Precision precision, String earliest, String latest, Mod mod) {
        String time = precision == Precision.MINUTE || precision == Precision.HOUR ? value.substring(11, 16) : null;
        return new DateView(value, precision, LocalDate.parse(earliest), LocalDate.parse(latest), time, mod, "lundi",
                LocalDate.parse(earliest), "test.rule", "001_b5e0b783de3c455c");
    }

    static CitationView citation(String sourceId, String quote, String url) {
        return new CitationView(sourceId, quote, 10, 10 + quote.codePointCount(0, quote.length()), "", "", url);
    }

    static EventView event(String id, String title, DateView date, PlaceView place, List<String> tags,
            CitationView... citations) {
        return new EventView(id, title, "Résumé de " + id + ", avec une virgule.", "reviewed", date, place,
                List.of(new EventView.ActorView("russia", "Russie", List.of("Russia"), "state")), tags,
                List.of(citations), 1, UPDATED, UPDATED);
    }
}
