package io.factline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.factline.auth.BearerKeyMechanism;
import io.factline.export.ExportFormat;
import io.factline.web.Problem.InvalidParam;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 9457 problems. Nothing here echoes an exception's class or stack
 * trace: a client learns what was wrong with its request, and an unexpected failure is logged, not shown.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** What the paths that do not answer JSON serve, listed in their 406 problems; every other path serves JSON. */
    private static final Map<Pattern, List<String>> SUPPORTED_TYPES = Map.of(
            Pattern.compile("/events/?"), ExportFormat.MEDIA_TYPES,
            Pattern.compile("/embed/?"), List.of(MediaType.TEXT_HTML),
            Pattern.compile("/sources/[^/]+/text/?"), List.of(MediaType.TEXT_PLAIN));

    private final ObjectMapper json;

    ProblemMapper(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response problem = respond(e.toProblem(path(uri)));
        if (e.retryAfterSeconds() == null) {
            return problem;
        }
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.NOT_FOUND, "Not found", 404,
                "Nothing is served at " + path(uri), path(uri), null));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", 406,
                "None of the media types in the Accept header can be served here; supported: "
                        + String.join(", ", supportedTypes(path(uri))), path(uri), null));
    }

    /** The media types {@code path} is served in. */
    static List<String> supportedTypes(String path) {
        if (path == null) {
            return List.of(MediaType.APPLICATION_JSON);
        }
        return SUPPORTED_TYPES.entrySet().stream().filter(entry -> entry.getKey().matcher(path).matches())
                .map(Map.Entry::getValue).findFirst().orElse(List.of(MediaType.APPLICATION_JSON));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                "The request body's Content-Type is not accepted here", path(uri), null));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response problem = respond(new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                "This method is not allowed on " + path(uri), path(uri), null));
        Set<String> allowed = e.getResponse().getAllowedMethods();
        return allowed.isEmpty() ? problem : Response.fromResponse(problem).allow(allowed).build();
    }

    /** No credential where one is required. Same answer as a wrong one: nothing hints at the key. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    /** A credential that is not the editors' key. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "This credential does not allow this operation", path(uri), null));
    }

    private Response unauthenticated(UriInfo uri) {
        Response problem = respond(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                "This operation requires an editor's API key, sent as Authorization: Bearer <key>", path(uri), null));
        return Response.fromResponse(problem).header("WWW-Authenticate", BearerKeyMechanism.CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<InvalidParam> errors = e.getConstraintViolations().stream()
                .map(v -> new InvalidParam(leafName(v), v.getMessage()))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .collect(Collectors.toList());
        return respond(new Problem(ProblemTypes.INVALID_PARAMETER, "Invalid request", 400,
                errors.stream().map(p -> p.name() + ": " + p.reason()).collect(Collectors.joining("; ")),
                path(uri), errors));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        String reason = e instanceof UnrecognizedPropertyException ? "is not a field of this body"
                : "has the wrong type or format";
        if (field.isEmpty()) {
            return unreadableJson(e, uri);
        }
        return respond(new Problem(ProblemTypes.INVALID_BODY, "Invalid request body", 400,
                "Field '" + field + "' " + reason, path(uri), List.of(new InvalidParam(field, reason))));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.INVALID_BODY, "Invalid request body", 400,
                "The body is not well-formed JSON of the documented shape", path(uri), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedJson(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        if (status == 413) {
            return respond(new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    "The request body is larger than this service accepts", path(uri), null));
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(internal(uri));
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP error" : reason.getReasonPhrase();
        return respond(new Problem(ProblemTypes.HTTP_ERROR, title, status, title, path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(internal(uri));
    }

    private static Problem internal(UriInfo uri) {
        return new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "The service failed to answer; the failure is logged", path(uri), null);
    }

    private Response respond(Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String name = null;
        for (var node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "request" : name;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
