package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A recognisable key sent through every failure path is found nowhere in exception text, {@code
 * toString()}, causes, stack traces or logs, even when the server echoes it back.
 */
class KeyCanaryTest {

  /** Contains reserved characters, so that its raw and percent-encoded forms differ. */
  private static final String CANARY = "CANARY-k3y+&=%{}/\u00fc";

  private static final String ENCODED = ApiKey.percentEncode(CANARY);

  private static final Path LOG_FILE =
      Path.of(System.getProperty("org.slf4j.simpleLogger.logFile"));

  private static final RetryPolicy FAST =
      RetryPolicy.of(2, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1));

  private static final List<String> CHECKED = new ArrayList<>();

  @Test
  void responsesEchoingKeyAreMasked() throws Exception {
    String echo = "echo " + CANARY + " and " + ENCODED;
    List<StubResponse> responses =
        List.of(
            StubResponse.json(200, Responses.CODED_1A),
            StubResponse.json(200, Responses.codedFailure("1A").replace("Failure.", echo)),
            StubResponse.json(400, Responses.MISSING_KEY.replace("ping:", echo + ":")),
            StubResponse.json(401, Responses.ERROR_CLASS.replace("Invalid", echo)),
            StubResponse.json(404, Responses.NOT_FOUND),
            StubResponse.json(429, "{\"message\":\"" + echo + "\"}").withHeader("Retry-After", "0"),
            StubResponse.of(500, "text/html", "<html>" + echo + "</html>"),
            StubResponse.of(200, "text/html", "<html>" + echo + "</html>"),
            StubResponse.json(200, "{\"unknown\":\"" + echo + "\"}"),
            StubResponse.json(200, ("{\"status\":\"success\",\"response\":{\"message\":\"" + echo))
                .truncatedAt(40),
            StubResponse.connectionReset());

    for (StubResponse response : responses) {
      try (StubServer server = StubServer.start()) {
        server.setHandler(request -> response);
        RocketCadClient client = client(server.baseUrl(), Duration.ofSeconds(5));

        assertKeyAbsent(assertThrows(RocketCadException.class, client::ping));
        assertKeyAbsent(assertThrows(RocketCadException.class, () -> client.panic(null)));
      }
    }
  }

  @Test
  void timeoutsAndRefusalsAreMasked() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(
          request -> StubResponse.json(200, Responses.PING_OK).withDelay(Duration.ofMillis(500)));
      RocketCadClient slow = client(server.baseUrl(), Duration.ofMillis(100));

      assertKeyAbsent(assertThrows(RocketCadException.class, slow::ping));
    }

    RocketCadClient refused = client(StubServer.refusingBaseUrl(), Duration.ofSeconds(1));
    assertKeyAbsent(assertThrows(RocketCadException.class, refused::ping));
    assertKeyAbsent(assertThrows(RocketCadException.class, () -> refused.emergencyCall(null)));
  }

  @Test
  void successLogsAreMasked() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(200, Responses.PING_OK));

      client(server.baseUrl(), Duration.ofSeconds(5)).ping();

      assertTrue(server.takeRequest().target().endsWith("api_key=" + ENCODED));
    }
  }

  @AfterAll
  static void logsNeverContainKey() throws Exception {
    String logs = Files.readString(LOG_FILE, StandardCharsets.UTF_8);

    assertTrue(logs.contains("DEBUG io.github.rocketcadsdk.client.wire"), "no wire log captured");
    assertTrue(logs.contains("WARN io.github.rocketcadsdk.client.RocketCadClient"), "no retry log");
    assertTrue(logs.contains("ping succeeded: HTTP 200"), "no success log captured");
    assertFalse(logs.contains(CANARY), "the raw key is in " + LOG_FILE);
    assertFalse(logs.contains(ENCODED), "the encoded key is in " + LOG_FILE);
    assertTrue(CHECKED.size() >= 25, "only " + CHECKED.size() + " exceptions were checked");
  }

  private static RocketCadClient client(String baseUrl, Duration readTimeout) {
    return RocketCadClient.builder()
        .baseUrl(baseUrl)
        .apiKey(CANARY)
        .readTimeout(readTimeout)
        .retryPolicy(FAST)
        .wireLogLevel(WireLogLevel.FULL)
        .build();
  }

  private static void assertKeyAbsent(RocketCadException error) {
    List<String> texts = new ArrayList<>();
    Consumer<Throwable> collect =
        t -> {
          texts.add(String.valueOf(t.getMessage()));
          texts.add(t.toString());
        };
    for (Throwable t = error; t != null; t = t.getCause()) {
      collect.accept(t);
      for (Throwable suppressed : t.getSuppressed()) {
        collect.accept(suppressed);
      }
    }
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    texts.add(String.valueOf(error.apiMessage()));

    for (String text : texts) {
      assertFalse(text.contains(CANARY), "raw key in: " + text);
      assertFalse(text.contains(ENCODED), "encoded key in: " + text);
    }
    CHECKED.add(error.getClass().getSimpleName());
  }
}
