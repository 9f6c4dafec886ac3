package io.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarFeedTest {

    @Test
    void writesOneAllDayEventPerEventOverItsWholeInterval() throws Exception {
        Calendar calendar = parse(ICalendarFeed.of(SampleEvents.page(SampleEvents.day(), SampleEvents.week()),
                SampleEvents.FR));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent week = events.get(1);
        assertThat(value(week, Property.UID)).isEqualTo("budanov-says-situation-critical@factline");
        assertThat(value(week, Property.DTSTART)).isEqualTo("20240506");
        assertThat(week.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        // DTEND is exclusive: the week runs to Sunday 12 May, so the event ends on the 13th.
        assertThat(value(week, Property.DTEND)).isEqualTo("20240513");
        assertThat(LocalDate.parse("2024-05-12").plusDays(1)).isEqualTo(LocalDate.parse("2024-05-13"));
    }

    @Test
    void startsAClockTimeEventAtItsFloatingLocalTime() throws Exception {
        Calendar calendar = parse(ICalendarFeed.of(SampleEvents.page(SampleEvents.clockTime(), SampleEvents.hour()),
                SampleEvents.FR));
        VEvent minute = calendar.<VEvent>getComponents("VEVENT").get(0);
        Property start = minute.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo("20240516T214500");
        assertThat(start.getParameter("VALUE")).as("a DATE-TIME, the default type").isEmpty();
        assertThat(start.getParameter("TZID")).as("floating: no zone").isEmpty();
        assertThat(minute.getProperty(Property.DTEND)).as("a point in time").isEmpty();
        assertThat(value(minute, Property.DESCRIPTION)).startsWith("16 mai 2024, 21 h 45");
        assertThat(value(calendar.<VEvent>getComponents("VEVENT").get(1), Property.DTSTART))
                .isEqualTo("20240516T180000");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    @Test
    void keepsAPartOfTheDayAllDayWithItsLabel() throws Exception {
        VEvent morning = parse(ICalendarFeed.of(SampleEvents.page(SampleEvents.morning()), SampleEvents.EN))
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(morning, Property.DTSTART)).isEqualTo("20240516");
        assertThat(morning.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue()).isEqualTo("DATE");
        assertThat(value(morning, Property.DTEND)).isEqualTo("20240517");
        assertThat(value(morning, Property.DESCRIPTION)).startsWith("16 May 2024, morning");
    }

    @Test
    void carriesTheQuotesTheirLinksAndThePlace() throws Exception {
        VEvent event = parse(ICalendarFeed.of(SampleEvents.page(SampleEvents.day()), SampleEvents.FR))
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Bakhmut sous les obus");
        assertThat(value(event, Property.DESCRIPTION))
                .startsWith("13 février 2023")
                .contains("« Les forces russes ont pilonné Bakhmut lundi, \"sans relâche\". »")
                .contains("https://api.example.org/sources/001_b5e0b783de3c455c/text#:~:text=")
                .contains("https://www.aljazeera.com/news/2023/2/13/x#:~:text=Les%20forces");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Bakhmut");
        assertThat(value(event, Property.GEO)).isEqualTo("48.5956;38.0003");
        assertThat(value(event, Property.URL)).isEqualTo("https://api.example.org/events/bakhmut-shelling");
    }

    @Test
    void stampsEventsWithTheirLastUpdateSoThatTheSameDataGivesTheSameBytes() throws Exception {
        String first = ICalendarFeed.of(SampleEvents.page(SampleEvents.day()), SampleEvents.FR);
        assertThat(value(parse(first).<VEvent>getComponents("VEVENT").get(0), Property.DTSTAMP))
                .isEqualTo("20240601T103000Z");
        assertThat(ICalendarFeed.of(SampleEvents.page(SampleEvents.day()), SampleEvents.FR)).isEqualTo(first);
    }

    @Test
    void writesACalendarThatPassesIcal4jValidation() throws Exception {
        Calendar calendar = parse(ICalendarFeed.of(SampleEvents.page(SampleEvents.day(), SampleEvents.month(),
                SampleEvents.year()), SampleEvents.EN));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    private static Calendar parse(String ics) throws Exception {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
