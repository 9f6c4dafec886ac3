package io.factline.export;

import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import io.factline.timeline.EventView.CitationView;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The timeline as an RFC 5545 iCalendar, written with ical4j: one VEVENT per event, all-day over its whole date
 * interval (DTEND is exclusive, so the day after {@code latest}), or at its clock time for a MINUTE or HOUR date; a
 * part of the day ("jeudi matin") stays all-day, its label first in the description. The quotes and their links are
 * in the description.
 * DTSTAMP is the event's last update, not the time of the request, so the same data gives the same bytes.
 */
public final class ICalendarFeed {

    static final String PRODUCT_ID = "-//Factline//Factline timeline//EN";

    private ICalendarFeed() {
    }

    public static String of(EventPage page, ExportContext context) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        for (EventView event : page.items()) {
            calendar.add(vevent(event, context));
        }
        return calendar.toString();
    }

    private static VEvent vevent(EventView event, ExportContext context) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.id() + "@factline"));
        vevent.add(new DtStamp(event.updatedAt().withOffsetSameInstant(ZoneOffset.UTC).toInstant()));
        vevent.add(new LastModified(event.updatedAt().withOffsetSameInstant(ZoneOffset.UTC).toInstant()));
        EventView.DateView date = event.date();
        LocalTime clock = date.clockTime();
        if (clock != null) {
            // A floating local time: the articles give the time where the event happened, never its zone. With no
            // DTEND the event ends when it starts (RFC 5545, 3.6.1): a point in time.
            vevent.add(new DtStart<>(LocalDateTime.of(date.earliest(), clock)));
        } else {
            vevent.add(new DtStart<>(date.earliest()));
            vevent.add(new DtEnd<>(date.latest().plusDays(1)));
        }
        vevent.add(new Summary(event.title()));
        vevent.add(new Description(description(event, context)));
        vevent.add(new Url(URI.create(context.eventUri(event))));
        if (!event.tags().isEmpty()) {
            vevent.add(new Categories(new TextList(event.tags())));
        }
        EventView.PlaceView place = event.place();
        if (place != null) {
            vevent.add(new Location(place.name()));
            if (place.latitude() != null && place.longitude() != null) {
                vevent.add(new Geo(BigDecimal.valueOf(place.latitude()), BigDecimal.valueOf(place.longitude())));
            }
        }
        return vevent;
    }

    private static String description(EventView event, ExportContext context) {
        StringBuilder text = new StringBuilder();
        text.append(context.displayDate(event.date()));
        if (event.summary() != null && !event.summary().isBlank()) {
            text.append("\n\n").append(event.summary());
        }
        List<CitationView> citations = event.citations();
        for (CitationView citation : citations) {
            text.append("\n\n").append(context.quoted(citation.quote())).append("\n").append(context.sourceTextLink(citation));
            if (citation.url() != null) {
                text.append("\n").append(citation.url());
            }
        }
        return text.toString();
    }
}
