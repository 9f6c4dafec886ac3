package io.factline.embed;

import io.factline.export.DisplayLanguage;
import io.factline.export.ExportContext;
import io.factline.export.Html;
import io.factline.export.Labels;
import io.factline.source.SourceText;
import io.factline.temporal.Precision;
import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import io.factline.timeline.EventView.CitationView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The self-contained HTML page of {@code GET /embed}: the events in timeline order, each with its date at its
 * precision, headline, place, summary and quotes linking to the source text. Its style sheet and script are inline
 * (read from {@code src/main/resources/embed/}), allowed by hash in the Content-Security-Policy, and nothing is
 * loaded from elsewhere. The policy sets no frame-ancestors, so any page may frame it.
 */
@ApplicationScoped
public class EmbedPage {

    private final String css;
    private final String js;
    private final String contentSecurityPolicy;

    EmbedPage() {
        this.css = resource("embed/embed.css");
        this.js = resource("embed/embed.js");
        this.contentSecurityPolicy = "default-src 'none'; style-src '" + hash(css) + "'; script-src '" + hash(js)
                + "'; form-action 'self'; base-uri 'none'";
    }

    /** The Content-Security-Policy the page is served with. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /**
     * The page for {@code page}; {@code from}, {@code to} and {@code q} are the raw filter values, shown back in the
     * form; {@code limit} is carried to the link to the next page.
     */
    public String render(EventPage page, String from, String to, String q, String limit, ExportContext context) {
        DisplayLanguage language = context.language();
        Labels labels = Labels.of(language);
        String example = language == DisplayLanguage.FR ? "AAAA-MM-JJ" : "YYYY-MM-DD";
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(labels.timeline())).append("</title>\n")
                .append("<style>").append(css).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#events\">").append(Html.escape(labels.skipToEvents()))
                .append("</a>\n<header>\n<h1>").append(Html.escape(labels.timeline())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(Html.escape(labels.subtitle())).append("</p>\n")
                .append("<form method=\"get\" action=\"embed\" role=\"search\">\n");
        field(html, "from", labels.from(), from, example, "\\d{4}(-\\d{2}(-\\d{2})?)?", "text");
        field(html, "to", labels.to(), to, example, "\\d{4}(-\\d{2}(-\\d{2})?)?", "text");
        field(html, "q", labels.search(), q, "", null, "search");
        html.append("<input type=\"hidden\" name=\"lang\" value=\"").append(language.tag()).append("\">\n")
                .append("<button type=\"submit\">").append(Html.escape(labels.filter())).append("</button>\n")
                .append("<a class=\"reset\" href=\"embed?lang=").append(language.tag()).append("\">")
                .append(Html.escape(labels.reset())).append("</a>\n</form>\n")
                .append("<p class=\"hint\">").append(Html.escape(labels.keyboardHint())).append("</p>\n")
                .append("</header>\n<main id=\"events\" tabindex=\"-1\">\n")
                .append("<p class=\"count\" role=\"status\">");
        if (page.items().isEmpty()) {
            html.append(Html.escape(labels.noEvents())).append("</p>\n");
        } else {
            html.append(page.items().size()).append(page.next() == null ? " " : "+ ")
                    .append(Html.escape(labels.events())).append("</p>\n<ol class=\"timeline\">\n");
            for (EventView event : page.items()) {
                event(html, event, context, labels);
            }
            html.append("</ol>\n");
        }
        if (page.next() != null) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("from", from);
            params.put("to", to);
            params.put("q", q);
            params.put("limit", limit);
            params.put("lang", language.tag());
            params.put("cursor", page.next());
            html.append("<nav><a class=\"next\" rel=\"next\" href=\"").append(Html.escape(query(params)))
                    .append("\">").append(Html.escape(labels.nextPage())).append("</a></nav>\n");
        }
        html.append("</main>\n<script>").append(js).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void field(StringBuilder html, String name, String label, String value, String placeholder,
            String pattern, String type) {
        html.append("<p class=\"field\"><label for=\"").append(name).append("\">").append(Html.escape(label))
                .append("</label> <input id=\"").append(name).append("\" name=\"").append(name)
                .append("\" type=\"").append(type).append("\" value=\"").append(Html.escape(value)).append('"');
        if (pattern != null) {
            html.append(" pattern=\"").append(Html.escape(pattern)).append("\" inputmode=\"numeric\"")
                    .append(" autocomplete=\"off\" size=\"10\"");
        }
        if (!placeholder.isEmpty()) {
            html.append(" placeholder=\"").append(Html.escape(placeholder)).append('"');
        }
        html.append("></p>\n");
    }

    private static void event(StringBuilder html, EventView event, ExportContext context, Labels labels) {
        String id = Html.escape(event.id());
        html.append("<li class=\"event\" data-id=\"").append(id).append("\">\n<article id=\"event-").append(id)
                .append("\" tabindex=\"-1\" aria-labelledby=\"title-").append(id).append("\">\n")
                .append("<p class=\"date\"><time datetime=\"").append(Html.escape(datetime(event.date()))).append("\">")
                .append(Html.escape(context.displayDate(event.date()))).append("</time></p>\n")
                .append("<h2 id=\"title-").append(id).append("\">").append(Html.escape(event.title())).append("</h2>\n");
        if (event.place() != null) {
            html.append("<p class=\"place\"><span class=\"label\">").append(Html.escape(labels.place()))
                    .append("</span> ").append(Html.escape(event.place().name())).append("</p>\n");
        }
        if (event.summary() != null && !event.summary().isBlank()) {
            html.append("<p class=\"summary\">").append(Html.escape(event.summary())).append("</p>\n");
        }
        for (CitationView citation : event.citations()) {
            String link = Html.escape(context.sourceTextLink(citation));
            html.append("<figure class=\"citation\">\n<blockquote cite=\"").append(link).append("\"><p>")
                    .append(Html.escape(citation.quote())).append("</p></blockquote>\n<figcaption><a href=\"")
                    .append(link).append("\" target=\"_blank\" rel=\"noopener\">")
                    .append(Html.escape(labels.sourceText())).append("</a>");
            if (citation.url() != null) {
                html.append(" · <a href=\"").append(Html.escape(citation.url()))
                        .append("\" target=\"_blank\" rel=\"noopener\">").append(Html.escape(labels.originalArticle()))
                        .append("</a>");
            }
            html.append("</figcaption>\n</figure>\n");
        }
        html.append("</article>\n</li>\n");
    }

    /**
     * An HTML datetime value at the date's precision where HTML has one (a local date and time, day, week, month,
     * year). A part of the day has none: its day, the label naming the part.
     */
    private static String datetime(EventView.DateView date) {
        Precision precision = date.precision();
        if (date.clockTime() != null) {
            return date.earliest() + "T" + date.time();
        }
        boolean htmlHasIt = precision == Precision.DAY || precision == Precision.MONTH
                || precision == Precision.YEAR || precision == Precision.WEEK && !date.value().endsWith("-WE");
        return htmlHasIt ? date.value() : date.earliest().toString();
    }

    private static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder("embed");
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null && !param.getValue().isBlank()) {
                query.append(separator).append(param.getKey()).append('=')
                        .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return query.toString();
    }

    private static String resource(String name) {
        try (InputStream in = EmbedPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String inline) {
        byte[] digest = SourceText.newSha256().digest(inline.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
