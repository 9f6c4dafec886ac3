package io.factline.temporal.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML and ISO-TimeML files ({@code .tml}) with the JDK's StAX parser.
 *
 * <p>Only {@code <TEXT>} makes the text (TITLE, EXTRAINFO and the rest are ignored); its TIMEX3 and EVENT elements
 * become the annotations, with code-point offsets into that text. A TIMEX3 spanning no text (non-consuming) is left
 * out, and so is the creation time ({@code functionInDocument="CREATION_TIME"}, normally inside {@code <DCT>}), whose
 * date part becomes the publication date. MAKEINSTANCE and TLINK are read wherever they stand.
 */
public final class TimeMlReader {

    private static final String CREATION_TIME = "CREATION_TIME";

    private TimeMlReader() {
    }

    /** Every {@code .tml} file of a folder, sorted by file name. */
    public static List<TimeMlDocument> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .tml file in " + folder);
        }
        return files.stream().map(TimeMlReader::read).toList();
    }

    /** One file; its id is the file name without {@code .tml}. The parser honours the encoding it declares. */
    public static TimeMlDocument read(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
        try (InputStream in = Files.newInputStream(file)) {
            return parse(id, factory().createXMLStreamReader(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (XMLStreamException | RuntimeException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** A document given as a string (the tests' inline TimeML). */
    public static TimeMlDocument parse(String id, String xml) {
        try {
            return parse(id, factory().createXMLStreamReader(new StringReader(xml)));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(id + ": " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** An element open inside TEXT: its attributes and the code-point offset where its content starts. */
    private record Open(String name, Map<String, String> attributes, int start) {
    }

    private static TimeMlDocument parse(String id, XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int codePoints = 0;
        boolean inText = false;
        boolean sawText = false;
        String dctTid = null;
        String dctValue = null;
        Deque<Open> open = new ArrayDeque<>();
        List<TimeMlDocument.Timex3> timexes = new ArrayList<>();
        List<Open> events = new ArrayList<>();
        List<Integer> eventEnds = new ArrayList<>();
        List<String> eventTexts = new ArrayList<>();
        Map<String, String> instanceOf = new HashMap<>();
        List<TimeMlDocument.TLink> tlinks = new ArrayList<>();
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        Map<String, String> attributes = attributes(xml);
                        if ("TEXT".equals(name)) {
                            if (sawText) {
                                throw new IllegalStateException("more than one <TEXT>");
                            }
                            inText = true;
                            sawText = true;
                        } else if ("TIMEX3".equals(name)
                                && CREATION_TIME.equals(attributes.get("functionInDocument"))) {
                            if (dctValue != null) {
                                throw new IllegalStateException("two creation times: " + dctValue + " and "
                                        + attributes.get("value"));
                            }
                            dctTid = attributes.get("tid");
                            dctValue = attributes.get("value");
                            open.push(new Open(name, attributes, -1)); // consumed text, if inside TEXT, still counts
                        } else if ("MAKEINSTANCE".equals(name)) {
                            instanceOf.putIfAbsent(attributes.get("eventID"), attributes.get("eiid"));
                        } else if ("TLINK".equals(name)) {
                            tlinks.add(new TimeMlDocument.TLink(attributes.get("lid"),
                                    attributes.get("eventInstanceID"), attributes.get("timeID"),
                                    attributes.get("relatedToTime"), attributes.get("relatedToEventInstance"),
                                    attributes.get("relType")));
                        } else if (inText) {
                            open.push(new Open(name, attributes, codePoints));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = xml.getLocalName();
                        if ("TEXT".equals(name)) {
                            inText = false;
                            open.clear();
                        } else if (!open.isEmpty() && open.peek().name().equals(name)) {
                            Open o = open.pop();
                            if (o.start() < 0) {
                                continue; // the creation time
                            }
                            String content = slice(text, o.start(), codePoints);
                            if ("TIMEX3".equals(name) && codePoints > o.start()) {
                                Map<String, String> a = o.attributes();
                                timexes.add(new TimeMlDocument.Timex3(a.get("tid"), content, o.start(), codePoints,
                                        a.get("type"), a.get("value"), a.get("mod")));
                            } else if ("EVENT".equals(name)) {
                                events.add(o);
                                eventEnds.add(codePoints);
                                eventTexts.add(content);
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText) {
                            String chunk = xml.getText();
                            text.append(chunk);
                            codePoints += chunk.codePointCount(0, chunk.length());
                        }
                    }
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
        if (!sawText) {
            throw new IllegalStateException("no <TEXT> element");
        }
        if (dctValue == null) {
            throw new IllegalStateException("no creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\")");
        }
        List<TimeMlDocument.Event> eventList = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Open o = events.get(i);
            String eid = o.attributes().get("eid");
            String eiid = o.attributes().getOrDefault("eiid", instanceOf.get(eid));
            eventList.add(new TimeMlDocument.Event(eid, eiid, eventTexts.get(i), o.start(), eventEnds.get(i),
                    o.attributes().get("class")));
        }
        timexes.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : Integer.compare(x.end(), y.end()));
        return new TimeMlDocument(id, dctTid, dctValue, datePart(dctValue), text.toString(), timexes, eventList,
                tlinks);
    }

    /** {@code 1998-08-07} from {@code 1998-08-07}, {@code 1998-08-07T06:18} or {@code 19980807}. */
    static LocalDate datePart(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{8}.*")) {
                return LocalDate.parse(v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8));
            }
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalStateException("creation time " + value + " has no date part YYYY-MM-DD", e);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            map.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return map;
    }

    private static String slice(StringBuilder text, int startCodePoint, int endCodePoint) {
        int from = text.offsetByCodePoints(0, startCodePoint);
        return text.substring(from, text.offsetByCodePoints(from, endCodePoint - startCodePoint));
    }
}
