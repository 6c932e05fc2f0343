package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.ApiErrorException;
import io.github.rocketcadsdk.client.exception.AuthenticationException;
import io.github.rocketcadsdk.client.exception.BadRequestException;
import io.github.rocketcadsdk.client.exception.RateLimitException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.exception.ServerException;
import io.github.rocketcadsdk.client.exception.UnexpectedResponseException;
import io.github.rocketcadsdk.client.exception.WorkflowNotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of response the API can send becomes the documented exception type. */
class ErrorMappingTest {

  @Test
  void codedFailure1AIsAuthenticationError() throws Exception {
    AuthenticationException error =
        assertInstanceOf(
            AuthenticationException.class, send(StubResponse.json(200, Responses.CODED_1A)));

    assertEquals(Workflow.PING, error.workflow());
    assertEquals(200, error.httpStatus());
    assertEquals("1A", error.code());
    assertEquals("3KUXZ1KUNUDJN7S", error.requestId());
    assertEquals(
        "The provided API Key is not valid or lacks permissions. modcol.co/e1a",
        error.apiMessage());
    assertTrue(
        error
            .getMessage()
            .endsWith("(workflow ping, HTTP 200, code 1A, request ID 3KUXZ1KUNUDJN7S)"),
        error.getMessage());
  }

  @Test
  void codedFailureFamilyTwoIsRateLimit() throws Exception {
    RateLimitException error =
        assertInstanceOf(
            RateLimitException.class, send(StubResponse.json(200, Responses.codedFailure("2b"))));

    assertEquals("2B", error.code());
    assertNull(error.retryAfter());
  }

  @Test
  void codedFailureOfUnknownFamilyIsApiError() throws Exception {
    ApiErrorException error =
        assertInstanceOf(
            ApiErrorException.class, send(StubResponse.json(200, Responses.codedFailure("9Z"))));

    assertEquals("9Z", error.code());
    assertEquals("ABCDEFGHIJKLMNO", error.requestId());
  }

  @Test
  void codedFailureWithoutLinkIsApiError() throws Exception {
    String body =
        "{\"status\":\"success\",\"response\":{\"success\":false,\"message\":\"Nope\","
            + "\"requestID\":\"ABCDEFGHIJKLMNO\"}}";

    ApiErrorException error =
        assertInstanceOf(ApiErrorException.class, send(StubResponse.json(200, body)));

    assertNull(error.code());
    assertEquals("Nope", error.apiMessage());
  }

  @Test
  void missingKeyIsAuthenticationError() throws Exception {
    AuthenticationException error =
        assertInstanceOf(
            AuthenticationException.class, send(StubResponse.json(400, Responses.MISSING_KEY)));

    assertEquals(400, error.httpStatus());
    assertNull(error.requestId());
    assertEquals("Missing parameter for workflow ping: parameter api_key", error.apiMessage());
  }

  @Test
  void otherMissingDataIsBadRequest() throws Exception {
    String body =
        "{\"statusCode\":400,\"body\":{\"status\":\"MISSING_DATA\",\"message\":\"Missing"
            + " parameter for workflow panic: parameter Name\"}}";

    BadRequestException error =
        assertInstanceOf(BadRequestException.class, send(StubResponse.json(400, body)));

    assertEquals("Missing parameter for workflow panic: parameter Name", error.apiMessage());
  }

  @Test
  void notFoundIsWorkflowNotFound() throws Exception {
    WorkflowNotFoundException error =
        assertInstanceOf(
            WorkflowNotFoundException.class, send(StubResponse.json(404, Responses.NOT_FOUND)));

    assertEquals(404, error.httpStatus());
    assertEquals("Workflow not found ping", error.apiMessage());
  }

  @Test
  void errorClassEnvelopeIsAuthenticationError() throws Exception {
    AuthenticationException error =
        assertInstanceOf(
            AuthenticationException.class, send(StubResponse.json(401, Responses.ERROR_CLASS)));

    assertEquals(401, error.httpStatus());
    assertEquals("Invalid or expired token", error.apiMessage());
  }

  @Test
  void problemJsonUnauthorizedIsAuthenticationError() throws Exception {
    String body =
        "{\"type\":\"https://stoplight.io/prism/errors#UNAUTHORIZED\",\"title\":\"Invalid security"
            + " scheme used\",\"status\":401,\"detail\":\"\"}";

    AuthenticationException error =
        assertInstanceOf(
            AuthenticationException.class,
            send(StubResponse.of(401, "application/problem+json", body)));

    assertEquals("Invalid security scheme used", error.apiMessage());
  }

  @Test
  void status429IsRateLimitWithRetryAfter() throws Exception {
    RateLimitException error =
        assertInstanceOf(
            RateLimitException.class,
            send(StubResponse.json(429, "{}").withHeader("Retry-After", "7")));

    assertEquals(429, error.httpStatus());
    assertEquals(Duration.ofSeconds(7), error.retryAfter());
  }

  @Test
  void htmlServerErrorIsServerException() throws Exception {
    ServerException error =
        assertInstanceOf(
            ServerException.class,
            send(StubResponse.of(502, "text/html", "<html><body>Bad gateway</body></html>")));

    assertEquals(502, error.httpStatus());
    assertEquals("<html><body>Bad gateway</body></html>", error.apiMessage());
  }

  @Test
  void longServerMessageIsBounded() throws Exception {
    String body = "{\"statusCode\":500,\"body\":{\"message\":\"" + "m".repeat(100_000) + "\"}}";

    ServerException error =
        assertInstanceOf(ServerException.class, send(StubResponse.json(500, body)));

    assertEquals(501, error.apiMessage().length());
    assertTrue(error.apiMessage().endsWith("\u2026"), error.apiMessage());
    assertTrue(error.getMessage().length() < 700, "message length " + error.getMessage().length());
  }

  @Test
  void oversizedServerErrorIsServerException() throws Exception {
    String body = "<html>" + "x".repeat(2 << 20) + "</html>";

    ServerException error =
        assertInstanceOf(
            ServerException.class,
            send(StubResponse.of(502, "text/html", body).withHeader("Retry-After", "3")));

    assertEquals(502, error.httpStatus());
    assertEquals(200, error.apiMessage().length());
    assertEquals(Duration.ofSeconds(3), error.retryAfter());
  }

  @Test
  void oversizedSuccessIsUnexpectedResponse() throws Exception {
    String body = "{\"status\":\"" + "x".repeat(2 << 20) + "\"}";

    UnexpectedResponseException error =
        assertInstanceOf(UnexpectedResponseException.class, send(StubResponse.json(200, body)));

    assertTrue(error.getMessage().contains("larger than 1048576 bytes"), error.getMessage());
    assertEquals(200, error.bodySnippet().length());
  }

  @Test
  void malformedRetryAfterOn503IsIgnored() throws Exception {
    ServerException error =
        assertInstanceOf(
            ServerException.class,
            send(StubResponse.json(503, "{}").withHeader("Retry-After", "1\u0000")));

    assertEquals(503, error.httpStatus());
    assertNull(error.retryAfter());
  }

  @Test
  void htmlSuccessIsUnexpectedResponse() throws Exception {
    UnexpectedResponseException error =
        assertInstanceOf(
            UnexpectedResponseException.class,
            send(StubResponse.of(200, "text/html", "<html>maintenance</html>")));

    assertEquals(200, error.httpStatus());
    assertEquals("<html>maintenance</html>", error.bodySnippet());
  }

  @Test
  void emptySuccessIsUnexpectedResponse() throws Exception {
    UnexpectedResponseException error =
        assertInstanceOf(UnexpectedResponseException.class, send(StubResponse.json(200, "")));

    assertEquals("", error.bodySnippet());
    assertTrue(error.getMessage().contains("empty body"), error.getMessage());
  }

  @Test
  void truncatedJsonIsUnexpectedResponse() throws Exception {
    String truncated = Responses.PING_OK.substring(0, 40);

    UnexpectedResponseException error =
        assertInstanceOf(
            UnexpectedResponseException.class, send(StubResponse.json(200, truncated)));

    assertEquals(truncated, error.bodySnippet());
  }

  @Test
  void otherJsonShapeIsUnexpectedResponse() throws Exception {
    assertInstanceOf(
        UnexpectedResponseException.class, send(StubResponse.json(200, "{\"hello\":\"world\"}")));
    assertInstanceOf(UnexpectedResponseException.class, send(StubResponse.json(200, "[1,2,3]")));
    assertInstanceOf(
        UnexpectedResponseException.class,
        send(
            StubResponse.json(200, "{\"status\":\"success\",\"response\":{\"success\":\"yes\"}}")));
  }

  /** Jackson would read these as booleans; the API's {@code success} is a JSON boolean only. */
  @ParameterizedTest
  @ValueSource(strings = {"\"true\"", "1", "1.0", "\"\"", "null"})
  void nonBooleanSuccessIsUnexpectedResponse(String success) throws Exception {
    String body =
        "{\"status\":\"success\",\"response\":{\"success\":"
            + success
            + ",\"message\":\"ok\",\"requestID\":\"OLV213JN6XL1BLS\"}}";

    UnexpectedResponseException error =
        assertInstanceOf(UnexpectedResponseException.class, send(StubResponse.json(200, body)));

    assertTrue(error.getMessage().contains("no boolean \"success\""), error.getMessage());
  }

  @Test
  void longSnippetIsBounded() throws Exception {
    String body = "<html>" + "x".repeat(10_000) + "</html>";

    UnexpectedResponseException error =
        assertInstanceOf(
            UnexpectedResponseException.class, send(StubResponse.of(200, "text/html", body)));

    assertEquals(200, error.bodySnippet().length());
    assertTrue(error.getMessage().length() < 400, "message length " + error.getMessage().length());
  }

  @Test
  void otherStatusIsApiError() throws Exception {
    ApiErrorException error =
        assertInstanceOf(
            ApiErrorException.class, send(StubResponse.json(418, "{\"message\":\"teapot\"}")));

    assertEquals(418, error.httpStatus());
    assertEquals("teapot", error.apiMessage());
  }

  private static RocketCadException send(StubResponse response) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(response);
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(TestKeys.KEY)
              .retryPolicy(RetryPolicy.none())
              .build();
      return assertThrows(RocketCadException.class, client::ping);
    }
  }
}
