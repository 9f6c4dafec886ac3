package io.factline.cache;

import io.factline.source.SourceText;
import io.factline.web.HttpConfig;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Strong ETags and short-lived caching on every successful read. The ETag is a digest of the bytes of the
 * representation, so it changes exactly when what the client would receive changes (the data, the format, the
 * language), whatever wrote the data; a matching If-None-Match answers 304 with no body.
 *
 * <p>The representation is serialised here, once, and handed on as bytes, which the {@link ReadCache} keeps: the
 * next identical read, 304 or 200, costs neither the query nor the serialisation until a write changes the data.
 */
public class ConditionalGet {

    private final Providers providers;
    private final ReadCache readCache;
    private final String cacheControl;

    ConditionalGet(Providers providers, ReadCache readCache, HttpConfig config) {
        this.providers = providers;
        this.readCache = readCache;
        this.cacheControl = "max-age=" + config.cacheMaxAge().toSeconds();
    }

    @ServerResponseFilter
    public void tagReads(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || response.getStatus() != Response.Status.OK.getStatusCode() || !response.hasEntity()) {
            return;
        }
        byte[] body = serialise(response);
        String etag = etag(body);
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        readCache.keep(response.getMediaType(), headers, body, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialise(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        MediaType type = response.getMediaType();
        Annotation[] annotations = response.getEntityAnnotations() == null ? new Annotation[0]
                : response.getEntityAnnotations();
        MessageBodyWriter writer = providers.getMessageBodyWriter(entity.getClass(), response.getEntityType(),
                annotations, type);
        if (writer == null) {
            throw new IllegalStateException("no writer for " + entity.getClass().getSimpleName() + " as " + type);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(entity, entity.getClass(), response.getEntityType(), annotations, type, response.getHeaders(),
                out);
        return out.toByteArray();
    }

    /** A strong entity tag: the first 128 bits of the SHA-256 of the bytes, base64url. */
    static String etag(byte[] body) {
        byte[] digest = SourceText.newSha256().digest(body);
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
    }

    /** RFC 9110 §13.1.2: If-None-Match compares weakly, so W/"x" matches "x"; * matches any current representation. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
