package io.factline.web;

import io.factline.web.Problem.InvalidParam;
import java.util.List;

/** Thrown by resources and services to answer with a problem; mapped in one place by {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<InvalidParam> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail, List<InvalidParam> errors) {
        this(status, type, title, detail, errors, null);
    }

    private ProblemException(int status, String type, String title, String detail, List<InvalidParam> errors,
            Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: a query or path parameter is malformed or out of range. */
    public static ProblemException invalidParameter(String name, String reason) {
        return new ProblemException(400, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
                "Parameter '" + name + "' is invalid: " + reason, List.of(new InvalidParam(name, reason)));
    }

    /** 400: a field of the request body is missing, malformed or of the wrong type. */
    public static ProblemException invalidField(String name, String reason) {
        return new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                "Field '" + name + "' " + reason, List.of(new InvalidParam(name, reason)));
    }

    /** 422: the body is well-formed but a field names something that does not exist or breaks a rule. */
    public static ProblemException unprocessable(String name, String reason) {
        return new ProblemException(422, ProblemTypes.UNPROCESSABLE, "Unprocessable content",
                "Field '" + name + "' " + reason, List.of(new InvalidParam(name, reason)));
    }

    /** 409: the request conflicts with the current state of a resource. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail, null);
    }

    /** 404: no {@code kind} has this id. */
    public static ProblemException notFound(String kind, String id) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found",
                "No " + kind + " has the id '" + id + "'", null);
    }

    /** 503 with Retry-After: the service is at its capacity for {@code what}; trying again later will do. */
    public static ProblemException busy(String what, int retryAfterSeconds) {
        return new ProblemException(503, ProblemTypes.BUSY, "Busy",
                "Too many " + what + " are running; try again in " + retryAfterSeconds + " s", null,
                retryAfterSeconds);
    }

    /** Seconds the client should wait before retrying, for the Retry-After header; null when not to say. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
