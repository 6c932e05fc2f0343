package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.ApiConnectionException;
import io.github.rocketcadsdk.client.exception.ApiTimeoutException;
import io.github.rocketcadsdk.client.exception.RateLimitException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.exception.ServerException;
import io.github.rocketcadsdk.client.exception.UnexpectedResponseException;
import io.github.rocketcadsdk.client.model.EmergencyCallRequest;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Broken servers and networks, scripted on the stub server: each call ends in the typed error the
 * README promises, or in a successful retry where the retry policy allows one, within a bounded
 * time. The key is absent from every error, and {@code panic} and {@code 911} never reach the
 * server twice.
 */
class FaultInjectionTest {

  /** Bounds each call, retries and waits included; every scripted fault takes well under this. */
  private static final Duration CALL_BOUND = Duration.ofSeconds(10);

  private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

  /** Three attempts with waits of a few milliseconds, and Retry-After honoured up to 2 s. */
  private static final RetryPolicy FAST_RETRIES =
      RetryPolicy.of(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(2));

  private static final String HTML_ERROR =
      "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
          + "<p>upstream failed for /api/1.1/wf/ping?api_key="
          + KeyCanary.ENCODED_KEY
          + " (key "
          + KeyCanary.KEY
          + ")</p></body></html>";

  /** The workflows that must never be resent once the request may have reached the server. */
  enum UnsafeCall {
    PANIC(client -> client.panic(new PanicRequest().name("1-ADAM-12"))),
    EMERGENCY_CALL(client -> client.emergencyCall(new EmergencyCallRequest().name("Jordan")));

    private final Function<RocketCadClient, WorkflowEnvelope> call;

    UnsafeCall(Function<RocketCadClient, WorkflowEnvelope> call) {
      this.call = call;
    }

    WorkflowEnvelope send(RocketCadClient client) {
      return call.apply(client);
    }
  }

  @AfterAll
  static void keyAbsentFromLog() throws Exception {
    KeyCanary.assertAbsentFromLog();
  }

  @Test
  void refusedPingRetriesThenFails() throws Exception {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    RocketCadClient client = refusedClient(events);

    ApiConnectionException error = expectFailure(ApiConnectionException.class, client::ping);

    assertFalse(error.requestMayHaveBeenSent());
    assertFalse(error instanceof ApiTimeoutException);
    assertEquals(0, error.httpStatus());
    assertEquals(3, events.size(), "attempts: " + events);
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void refusedUnsafeCallRetriesThenFails(UnsafeCall call) throws Exception {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    RocketCadClient client = refusedClient(events);

    ApiConnectionException error =
        expectFailure(ApiConnectionException.class, () -> call.send(client));

    assertFalse(error.requestMayHaveBeenSent());
    assertEquals(3, events.size(), "a refused connection cannot deliver the request: " + events);
  }

  @Test
  void resetBeforeResponseRetriesPing() throws Exception {
    WorkflowEnvelope envelope = pingRecoversFrom(StubResponse.connectionReset());

    assertEquals("OLV213JN6XL1BLS", envelope.getResponse().getRequestID());
  }

  @Test
  void resetMidBodyRetriesPing() throws Exception {
    WorkflowEnvelope envelope =
        pingRecoversFrom(StubResponse.json(200, Responses.PING_OK).truncatedAt(20));

    assertTrue(envelope.getResponse().getSuccess());
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void resetBeforeResponseNotResent(UnsafeCall call) throws Exception {
    ApiConnectionException error =
        sentOnce(call, ApiConnectionException.class, StubResponse.connectionReset());

    assertTrue(error.requestMayHaveBeenSent());
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void resetMidBodyNotResent(UnsafeCall call) throws Exception {
    ApiConnectionException error =
        sentOnce(
            call,
            ApiConnectionException.class,
            StubResponse.json(200, Responses.PANIC_OK).truncatedAt(20));

    assertTrue(error.requestMayHaveBeenSent());
    assertEquals(200, error.httpStatus());
  }

  @Test
  void slowHeadersRetryPing() throws Exception {
    WorkflowEnvelope envelope =
        pingRecoversFrom(
            StubResponse.json(200, Responses.PING_OK).withDelay(Duration.ofSeconds(2)));

    assertTrue(envelope.getResponse().getSuccess());
  }

  @Test
  void slowHeadersEveryTimeTimesOut() throws Exception {
    ApiTimeoutException error =
        pingAlwaysMeets(
            ApiTimeoutException.class,
            StubResponse.json(200, Responses.PING_OK).withDelay(Duration.ofSeconds(2)),
            3);

    assertTrue(error.requestMayHaveBeenSent());
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void slowHeadersNotResent(UnsafeCall call) throws Exception {
    ApiTimeoutException error =
        sentOnce(
            call,
            ApiTimeoutException.class,
            StubResponse.json(200, Responses.PANIC_OK).withDelay(Duration.ofSeconds(2)));

    assertTrue(error.requestMayHaveBeenSent());
  }

  @Test
  void rateLimitedPingRetriesAfterWait() throws Exception {
    long started = System.nanoTime();

    WorkflowEnvelope envelope =
        pingRecoversFrom(
            StubResponse.of(429, "text/plain", "Too Many Requests").withHeader("Retry-After", "1"));

    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(envelope.getResponse().getSuccess());
    assertTrue(elapsed.compareTo(Duration.ofMillis(950)) >= 0, "Retry-After ignored: " + elapsed);
  }

  @Test
  void rateLimitedPingFailsOnLongWait() throws Exception {
    RateLimitException error =
        pingAlwaysMeets(
            RateLimitException.class,
            StubResponse.json(429, "{}").withHeader("Retry-After", "120"),
            1);

    assertEquals(Duration.ofSeconds(120), error.retryAfter());
    assertEquals(429, error.httpStatus());
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void rateLimitedUnsafeCallNotResent(UnsafeCall call) throws Exception {
    RateLimitException error =
        sentOnce(
            call,
            RateLimitException.class,
            StubResponse.json(429, "{}").withHeader("Retry-After", "0"));

    assertEquals(Duration.ZERO, error.retryAfter());
  }

  @Test
  void htmlServerErrorRetriesPingThenFails() throws Exception {
    ServerException error =
        pingAlwaysMeets(ServerException.class, StubResponse.of(502, "text/html", HTML_ERROR), 3);

    assertEquals(502, error.httpStatus());
    assertTrue(error.apiMessage().contains("Bad Gateway"), error.apiMessage());
    assertTrue(error.apiMessage().length() <= EnvelopeDecoder.SNIPPET_CHARS);
  }

  @Test
  void htmlServerErrorThenSuccessRetriesPing() throws Exception {
    WorkflowEnvelope envelope = pingRecoversFrom(StubResponse.of(503, "text/html", HTML_ERROR));

    assertTrue(envelope.getResponse().getSuccess());
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void htmlServerErrorNotResent(UnsafeCall call) throws Exception {
    ServerException error =
        sentOnce(call, ServerException.class, StubResponse.of(500, "text/html", HTML_ERROR));

    assertEquals(500, error.httpStatus());
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void unavailableRetryAfterZeroNotResent(UnsafeCall call) throws Exception {
    ServerException error =
        sentOnce(
            call,
            ServerException.class,
            StubResponse.of(503, "text/html", HTML_ERROR).withHeader("Retry-After", "0"));

    assertEquals(503, error.httpStatus());
  }

  @Test
  void unavailableHugeRetryAfterIsServerError() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(
          request ->
              StubResponse.of(503, "text/html", HTML_ERROR)
                  .withHeader("Retry-After", "99999999999999999999"));

      ServerException error =
          expectFailure(
              ServerException.class, () -> client(server).panic(new PanicRequest().name("1")));

      assertEquals(503, error.httpStatus());
      assertEquals(1, server.requestCount());
    }
  }

  @Test
  void emptyOkIsUnexpected() throws Exception {
    UnexpectedResponseException error = pingAnswered(StubResponse.json(200, ""));

    assertEquals("", error.bodySnippet());
    assertTrue(error.getMessage().contains("empty body"), error.getMessage());
  }

  @Test
  void nonJsonOkIsUnexpected() throws Exception {
    UnexpectedResponseException error =
        pingAnswered(StubResponse.of(200, "text/plain", "OK " + KeyCanary.KEY));

    assertTrue(error.bodySnippet().startsWith("OK "), error.bodySnippet());
    assertEquals(200, error.httpStatus());
  }

  @Test
  void truncatedJsonIsUnexpected() throws Exception {
    String truncated = Responses.PING_OK.substring(0, Responses.PING_OK.length() / 2);

    UnexpectedResponseException error = pingAnswered(StubResponse.json(200, truncated));

    assertEquals(truncated.strip(), error.bodySnippet());
  }

  @ParameterizedTest
  @EnumSource(UnsafeCall.class)
  void truncatedJsonNotResent(UnsafeCall call) throws Exception {
    UnexpectedResponseException error =
        sentOnce(
            call,
            UnexpectedResponseException.class,
            StubResponse.json(200, Responses.PANIC_OK.substring(0, 30)));

    assertEquals(200, error.httpStatus());
  }

  @Test
  void oversizedBodyIsUnexpected() throws Exception {
    char[] filler = new char[EnvelopeDecoder.MAX_BODY_BYTES + 1];
    Arrays.fill(filler, ' ');
    String body = "{\"key\":\"" + KeyCanary.KEY + "\"," + new String(filler) + Responses.PING_OK;

    UnexpectedResponseException error = pingAnswered(StubResponse.json(200, body));

    assertTrue(error.getMessage().contains("larger than"), error.getMessage());
    assertTrue(error.bodySnippet().length() <= EnvelopeDecoder.SNIPPET_CHARS);
  }

  @Test
  void keyCutByExcerptStaysMasked() throws Exception {
    String keyStart = KeyCanary.KEY.substring(0, KeyCanary.KEY.length() / 2);
    String body = "x".repeat(EnvelopeDecoder.SNIPPET_CHARS - keyStart.length()) + KeyCanary.KEY;
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.of(500, "text/plain", body));

      ServerException error =
          expectFailure(
              ServerException.class, () -> client(server).panic(new PanicRequest().name("1")));

      assertFalse(error.apiMessage().contains(keyStart), error.apiMessage());
    }
  }

  @Test
  void keyCutByOversizedExcerptStaysMasked() throws Exception {
    String keyStart = KeyCanary.KEY.substring(0, KeyCanary.KEY.length() / 2);
    String body =
        "x".repeat(EnvelopeDecoder.SNIPPET_CHARS - keyStart.length())
            + KeyCanary.KEY
            + " ".repeat(EnvelopeDecoder.MAX_BODY_BYTES);

    UnexpectedResponseException error = pingAnswered(StubResponse.json(200, body));

    assertFalse(error.bodySnippet().contains(keyStart), error.bodySnippet());
  }

  /**
   * Sends one ping whose first attempt meets {@code fault}; the retry gets the documented result.
   */
  private static WorkflowEnvelope pingRecoversFrom(StubResponse fault) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(fault);
      server.enqueue(StubResponse.json(200, Responses.PING_OK));

      WorkflowEnvelope envelope = expectSuccess(() -> client(server).ping());

      assertEquals(2, server.requestCount());
      return envelope;
    }
  }

  /**
   * Sends a ping to a server that responds with {@code fault} every time, and checks that the call
   * fails with {@code type} after the server received {@code expectedRequests} requests.
   */
  private static <T extends RocketCadException> T pingAlwaysMeets(
      Class<T> type, StubResponse fault, int expectedRequests) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> fault);

      T error = expectFailure(type, () -> client(server).ping());

      assertEquals(expectedRequests, server.requestCount());
      return error;
    }
  }

  /**
   * Sends {@code call} to a server whose first response is {@code fault} and whose later ones
   * succeed, and checks that the call fails with {@code type} after the server received it once. A
   * resend would have succeeded, so it would fail this check twice over.
   */
  private static <T extends RocketCadException> T sentOnce(
      UnsafeCall call, Class<T> type, StubResponse fault) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(fault);
      server.setHandler(request -> StubResponse.json(200, Responses.PANIC_OK));

      T error = expectFailure(type, () -> call.send(client(server)));

      assertEquals(1, server.requestCount());
      return error;
    }
  }

  /** Sends one ping that gets {@code response}, which no retry may repeat. */
  private static UnexpectedResponseException pingAnswered(StubResponse response) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(response);
      server.setHandler(request -> StubResponse.json(200, Responses.PING_OK));

      UnexpectedResponseException error =
          expectFailure(UnexpectedResponseException.class, () -> client(server).ping());

      assertEquals(1, server.requestCount());
      return error;
    }
  }

  private static <T extends RocketCadException> T expectFailure(
      Class<T> type, org.junit.jupiter.api.function.Executable call) {
    RocketCadException error =
        assertTimeoutPreemptively(
            CALL_BOUND, () -> assertThrows(RocketCadException.class, call), "call not bounded");
    KeyCanary.assertAbsent(error);
    assertNotNull(error.workflow(), error.getMessage());
    return assertInstanceOf(type, error, error::toString);
  }

  private static WorkflowEnvelope expectSuccess(
      org.junit.jupiter.api.function.ThrowingSupplier<WorkflowEnvelope> call) {
    return assertTimeoutPreemptively(CALL_BOUND, call, "call not bounded");
  }

  private static RocketCadClient client(StubServer server) {
    return RocketCadClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(KeyCanary.KEY)
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(READ_TIMEOUT)
        .retryPolicy(FAST_RETRIES)
        .build();
  }

  /** Returns a client of a closed loopback port that records each attempt in {@code events}. */
  private static RocketCadClient refusedClient(List<CallEvent> events) throws Exception {
    return RocketCadClient.builder()
        .baseUrl(StubServer.refusingBaseUrl())
        .apiKey(KeyCanary.KEY)
        .connectTimeout(Duration.ofSeconds(1))
        .retryPolicy(FAST_RETRIES)
        .callListener(events::add)
        .build();
  }
}
