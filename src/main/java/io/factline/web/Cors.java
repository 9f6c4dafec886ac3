package io.factline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin resource sharing: pages from the configured read origins (any, by default) may read the API, pages
 * from the write origins (none, by default) may also write. A cross-origin write from any other page is refused
 * with a 403 problem before it reaches a resource, so that a form posted from elsewhere cannot change data either.
 */
@ApplicationScoped
public class Cors {

    /** Before every other route, the body-size check included, so that preflights are answered first. */
    private static final int ORDER = -20;
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";
    private static final String EXPOSED_HEADERS = "ETag, Link, Location";
    private static final String PREFLIGHT_MAX_AGE = "600";

    private final List<String> readOrigins;
    private final List<String> writeOrigins;
    private final ObjectMapper json;

    Cors(HttpConfig config, ObjectMapper json) {
        this.readOrigins = config.cors().readOrigins().stream().map(Cors::normalise).toList();
        this.writeOrigins = config.cors().writeOrigins().orElse(List.of()).stream().map(Cors::normalise).toList();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || sameOrigin(request, origin)) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        String preflightMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            HttpMethod wanted = HttpMethod.valueOf(preflightMethod.strip().toUpperCase(Locale.ROOT));
            if (allowed(origin, wanted)) {
                allowOrigin(response, origin, wanted);
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, READS.contains(wanted)
                        ? "GET, HEAD" : "GET, HEAD, POST, PUT, PATCH, DELETE");
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
                response.putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE);
                response.setStatusCode(204).end();
            } else {
                refuse(response, origin, wanted);
            }
            return;
        }
        if (allowed(origin, request.method())) {
            allowOrigin(response, origin, request.method());
            response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
            context.next();
        } else if (READS.contains(request.method()) || request.method() == HttpMethod.OPTIONS) {
            // Served without CORS headers: the browser keeps the answer from the page.
            context.next();
        } else {
            refuse(response, origin, request.method());
        }
    }

    private boolean allowed(String origin, HttpMethod method) {
        List<String> origins = READS.contains(method) ? readOrigins : writeOrigins;
        return origins.contains("*") || origins.contains(normalise(origin));
    }

    private void allowOrigin(HttpServerResponse response, String origin, HttpMethod method) {
        boolean any = (READS.contains(method) ? readOrigins : writeOrigins).contains("*");
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, any ? "*" : origin);
    }

    private void refuse(HttpServerResponse response, String origin, HttpMethod method) {
        String body;
        try {
            body = json.writeValueAsString(new Problem(ProblemTypes.CROSS_ORIGIN_REFUSED, "Cross-origin request refused",
                    403, "Pages from " + DateParam.abbreviate(origin) + " may not send " + method.name()
                            + " requests to this API", null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
        response.setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    /** A request from a page of this very server (Swagger UI, the embed page) is not cross-origin. */
    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader(HttpHeaders.HOST);
            return uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(String origin) {
        String stripped = origin.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1).toLowerCase(Locale.ROOT)
                : stripped.toLowerCase(Locale.ROOT);
    }
}
