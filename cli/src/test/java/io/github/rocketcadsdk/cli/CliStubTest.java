package io.github.rocketcadsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Failures that Prism cannot produce from the document: rate limiting, server errors, broken
 * connections and timeouts, with the options that set timeouts and attempts.
 */
class CliStubTest {

  private static final Map<String, String> ENV =
      Map.of(WorkflowCommand.API_KEY_ENV, "stub-test-key");

  /** Asks for a longer wait than the client's maximum, so that it throws without retrying. */
  private static final String RATE_LIMITED =
      "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\nContent-Length: 0\r\n\r\n";

  @Test
  void rateLimitExitsWithItsCode() throws Exception {
    try (RawHttpStub stub = RawHttpStub.answering(RATE_LIMITED)) {
      CliRun run = CliRun.run(ENV, "ping", "--base-url", stub.baseUrl());

      assertEquals(ExitCodes.RATE_LIMITED, run.exitCode());
      assertTrue(run.err().contains("rate limiting this key"), run.err());
      assertTrue(run.err().contains("wait 120 s"), run.err());
      assertEquals(1, stub.requestCount());
    }
  }

  @Test
  void rateLimitJsonHasRetryAfter() throws Exception {
    try (RawHttpStub stub = RawHttpStub.answering(RATE_LIMITED)) {
      CliRun run = CliRun.run(ENV, "ping", "--base-url", stub.baseUrl(), "--json");

      JsonNode error = run.json().path("error");
      assertEquals("RateLimitException", error.path("type").asText());
      assertEquals(429, error.path("httpStatus").asInt());
      assertEquals(120, error.path("retryAfterSeconds").asInt());
      assertEquals(ExitCodes.RATE_LIMITED, error.path("exitCode").asInt());
    }
  }

  /** The stub closes every connection, so the response carries {@code Connection: close}. */
  private static final String SERVER_ERROR =
      "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void attemptsOptionLimitsSends(int attempts) throws Exception {
    try (RawHttpStub stub = RawHttpStub.answering(SERVER_ERROR)) {
      CliRun run =
          CliRun.run(
              ENV, "ping", "--base-url", stub.baseUrl(), "--attempts", String.valueOf(attempts));

      assertEquals(ExitCodes.API_ERROR, run.exitCode());
      assertEquals(attempts, stub.requestCount());
    }
  }

  @Test
  void readTimeoutOptionEndsSilentCall() throws Exception {
    try (RawHttpStub stub = RawHttpStub.silent()) {
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () ->
                  CliRun.run(
                      ENV,
                      "ping",
                      "--base-url",
                      stub.baseUrl(),
                      "--read-timeout",
                      "0.3",
                      "--attempts",
                      "1"));

      assertEquals(ExitCodes.NETWORK, run.exitCode());
      assertTrue(run.err().contains("did not answer in time"), run.err());
      assertEquals(1, stub.requestCount());
    }
  }

  @Test
  void refusedConnectionExitsWithNetworkCode() throws Exception {
    String baseUrl;
    try (RawHttpStub stub = RawHttpStub.answering("")) {
      baseUrl = stub.baseUrl();
    }

    CliRun run = CliRun.run(ENV, "ping", "--base-url", baseUrl);

    assertEquals(ExitCodes.NETWORK, run.exitCode());
    assertTrue(run.err().contains("Connecting to the API failed"), run.err());
    assertTrue(run.err().contains("Check --base-url"), run.err());
  }

  @Test
  void brokenPanicIsNotResent() throws Exception {
    try (RawHttpStub stub = RawHttpStub.closingConnections()) {
      CliRun run = CliRun.run(ENV, "panic", "--base-url", stub.baseUrl(), "--name", "1-ADAM-12");

      assertEquals(ExitCodes.NETWORK, run.exitCode());
      assertTrue(run.err().contains("may have reached RocketCAD"), run.err());
      assertEquals(1, stub.requestCount());
    }
  }
}
