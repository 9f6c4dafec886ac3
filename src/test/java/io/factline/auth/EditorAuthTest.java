package io.factline.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.factline.Editors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every write needs the editors' key; without it, or with anything else, the answer is the same 401. */
@QuarkusTest
class EditorAuthTest {

    private static final String SOURCE = "{\"text\": \"Le 3 janvier 2021, rien.\", \"publishedOn\": \"2021-01-04\"}";
    private static final String EVENT = "{\"title\": \"x\", \"date\": \"2021\", \"citations\": [{\"sourceId\": "
            + "\"001_b5e0b783de3c455c\", \"quote\": \"Bakhmut\", \"occurrence\": 1}]}";

    /** Each write operation, with a body that would be accepted. */
    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("POST", "/sources", "application/json", SOURCE),
                Arguments.of("POST", "/sources?publishedOn=2021-01-04", "text/plain", "Le 3 janvier 2021, rien."),
                Arguments.of("DELETE", "/sources/001_b5e0b783de3c455c", null, null),
                Arguments.of("POST", "/events", "application/json", EVENT),
                Arguments.of("PATCH", "/events/bakhmut-shelling", "application/merge-patch+json", "{\"title\": \"x\"}"),
                Arguments.of("DELETE", "/events/bakhmut-shelling", null, null));
    }

    /** Credentials that are not the key: each must be refused exactly like no credential at all. */
    static Stream<Arguments> wrongCredentials() {
        return Stream.of(
                Arguments.of("no header", null),
                Arguments.of("a wrong key", "Bearer not-the-key"),
                Arguments.of("the key's prefix", "Bearer " + Editors.KEY.substring(0, Editors.KEY.length() - 1)),
                Arguments.of("the key and more", "Bearer " + Editors.KEY + "x"),
                Arguments.of("the key in upper case", "Bearer " + Editors.KEY.toUpperCase()),
                Arguments.of("an empty bearer token", "Bearer "),
                Arguments.of("the scheme alone", "Bearer"),
                Arguments.of("the key without a scheme", Editors.KEY),
                Arguments.of("the key as Basic credentials", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("editor:" + Editors.KEY).getBytes())),
                Arguments.of("the key under another scheme", "Token " + Editors.KEY));
    }

    static Stream<Arguments> everyWriteWithEveryWrongCredential() {
        return writes().flatMap(write -> wrongCredentials().map(credential -> Arguments.of(
                write.get()[0], write.get()[1], write.get()[2], write.get()[3], credential.get()[0],
                credential.get()[1])));
    }

    @ParameterizedTest(name = "{0} {1} with {4}")
    @MethodSource("everyWriteWithEveryWrongCredential")
    void refusesAWriteWithoutTheEditorsKey(String method, String path, String contentType, String body,
            String what, String authorization) {
        Response response = request(contentType, body, authorization).request(method, path);
        response.then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"factline\"")
                .body("status", equalTo(401))
                .body("type", equalTo("urn:factline:problem:unauthorized"));
        assertThat(response.asString()).as("nothing about the key is echoed").doesNotContain(Editors.KEY)
                .doesNotContain("not-the-key");
    }

    @Test
    void answersAWrongKeyExactlyLikeAMissingOne() {
        String missing = given().contentType("application/json").body(SOURCE).post("/sources").then().statusCode(401)
                .extract().asString();
        String wrong = given().header("Authorization", "Bearer nope").contentType("application/json").body(SOURCE)
                .post("/sources").then().statusCode(401).extract().asString();
        assertThat(wrong).isEqualTo(missing);
    }

    @Test
    void checksTheKeyBeforeTheBody() {
        given().contentType("application/json").body("{not json").when().post("/sources")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/merge-patch+json").body("[]").when().patch("/events/no-such-event")
                .then().statusCode(401);
    }

    @Test
    void keepsReadsPublicWhateverTheAuthorizationHeaderSays() {
        given().when().get("/events?limit=1").then().statusCode(200);
        given().header("Authorization", "Bearer not-the-key").when().get("/events?limit=1").then().statusCode(200);
        given().header("Authorization", "Basic Zm9vOmJhcg==").when().get("/sources/001_b5e0b783de3c455c")
                .then().statusCode(200);
        given().header("Authorization", "Bearer not-the-key").contentType("application/json")
                .body("{\"text\": \"Le 3 janvier 2021.\", \"publishedOn\": \"2021-01-04\"}").when().post("/extract")
                .then().statusCode(200);
    }

    @Test
    void letsTheEditorThroughToValidation() {
        Editors.editor().contentType("application/json").body("{\"publishedOn\": \"2021-01-04\"}")
                .when().post("/sources")
                .then().statusCode(400).body("errors[0].name", equalTo("text"));
        Editors.editor().when().delete("/events/no-such-event").then().statusCode(404);
        given().header("Authorization", "bearer  " + Editors.KEY + " ").when().delete("/sources/no-such-source")
                .then().statusCode(404);
    }

    private static RequestSpecification request(String contentType, String body, String authorization) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.contentType(contentType).body(body);
        }
        return request;
    }
}
