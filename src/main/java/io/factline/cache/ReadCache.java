package io.factline.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the answers of public reads (the timeline, sources, the embed page) in memory and serves them again,
 * byte for byte with the same headers, until a write makes them stale ({@link DataVersion}). A kept answer is
 * served by a Vert.x route in front of the REST layer: no worker thread, no query, no serialisation. If-None-Match
 * is honoured there as well (304 with the same ETag).
 *
 * <p>Answers are keyed by the path, the raw query string, and the two request headers the API varies on (Accept,
 * Accept-Language); cross-origin headers are added per request, before this route. Only 200 answers are kept: a
 * problem is always computed afresh.
 */
@ApplicationScoped
public class ReadCache {

    /** After the cross-origin check (-20) and the body-size check (-10). */
    private static final int ORDER = -5;
    private static final String PENDING = ReadCache.class.getName() + ".pending";
    private static final List<String> PREFIXES = List.of("/events", "/sources", "/embed");

    private final DataVersion version;
    private final Instance<CurrentVertxRequest> currentRequest;
    private final boolean enabled;
    private final Cache<String, Answer> answers;
    private final Counter hits;
    private final Counter misses;

    ReadCache(CacheConfig config, DataVersion version, Instance<CurrentVertxRequest> currentRequest,
            MeterRegistry registry) {
        this.version = version;
        this.currentRequest = currentRequest;
        this.enabled = config.enabled();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes())
                .weigher((String key, Answer answer) -> answer.weight(key))
                .build();
        version.onChange(answers::invalidateAll);
        this.hits = Counter.builder("factline.cache.requests").tag("result", "hit")
                .description("Cacheable reads, by whether memory answered them").register(registry);
        this.misses = Counter.builder("factline.cache.requests").tag("result", "miss")
                .description("Cacheable reads, by whether memory answered them").register(registry);
        Gauge.builder("factline.cache.size", answers, cache -> cache.policy().eviction()
                        .map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L))
                .baseUnit("bytes").description("Memory taken by the answers kept").register(registry);
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::serve);
        }
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!cacheable(request)) {
            context.next();
            return;
        }
        long generation = version.current();
        if (generation == DataVersion.UNKNOWN) {
            context.next();
            return;
        }
        String key = key(request);
        Answer answer = answers.getIfPresent(key);
        if (answer != null && answer.generation() == generation) {
            hits.increment();
            answer.send(request, context.response());
            return;
        }
        misses.increment();
        context.put(PENDING, new Pending(key, generation));
        context.next();
    }

    /**
     * Keeps the answer of the current request, if it is a cacheable read that started while the data was as it
     * still is. {@code headers} are the answer's own (ETag, Cache-Control, Vary, Link...); {@code body} its bytes.
     */
    public void keep(MediaType type, MultivaluedMap<String, Object> headers, byte[] body, String etag) {
        if (!enabled || type == null) {
            return;
        }
        RoutingContext context = currentRequest.get().getCurrent();
        Pending pending = context == null ? null : context.get(PENDING);
        if (pending == null || pending.generation() != version.current()) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        headers.forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_LENGTH.toString().equalsIgnoreCase(name)
                    && !HttpHeaders.CONTENT_TYPE.toString().equalsIgnoreCase(name)) {
                values.forEach(value -> kept.add(Map.entry(name, String.valueOf(value))));
            }
        });
        answers.put(pending.key(), new Answer(pending.generation(), type.toString(), List.copyOf(kept),
                Buffer.buffer(body), etag));
    }

    private static boolean cacheable(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String path = request.path();
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static String key(HttpServerRequest request) {
        String query = request.query();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return request.path() + '?' + (query == null ? "" : query) + '\n' + (accept == null ? "" : accept) + '\n'
                + (language == null ? "" : language);
    }

    private record Pending(String key, long generation) {
    }

    private record Answer(long generation, String contentType, List<Map.Entry<String, String>> headers, Buffer body,
            String etag) {

        void send(HttpServerRequest request, HttpServerResponse response) {
            MultiMap out = response.headers();
            for (Map.Entry<String, String> header : headers) {
                out.add(header.getKey(), header.getValue());
            }
            // As the REST layer does, the 304 names the type of the representation it stands for.
            out.set(HttpHeaders.CONTENT_TYPE, contentType);
            if (ConditionalGet.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatusCode(304).end();
                return;
            }
            if (request.method() == HttpMethod.HEAD) {
                out.set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
                response.end();
            } else {
                response.end(body);
            }
        }

        /** Bytes held: the body, the strings (two bytes a character) and a fixed overhead. */
        int weight(String key) {
            long chars = key.length() + contentType.length() + etag.length();
            for (Map.Entry<String, String> header : headers) {
                chars += header.getKey().length() + header.getValue().length() + 32;
            }
            return (int) Math.min(Integer.MAX_VALUE, body.length() + 2 * chars + 256);
        }
    }
}
