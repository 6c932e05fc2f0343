package io.github.rocketcadsdk.client;

import static io.github.rocketcadsdk.client.TransportTestSupport.ENCODED_KEY;
import static io.github.rocketcadsdk.client.TransportTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A key that a server echoes where {@link KeyCanaryTest} does not look is masked: in request IDs,
 * across the wire log's cut, in a copied base URL, and in lowercase. The key is {@link
 * TransportTestSupport#KEY}, which no other test uses, so that a leak here cannot trip another
 * class's log check.
 */
class KeyEchoTest {

  private static RocketCadClient.Builder client(String baseUrl) {
    return RocketCadClient.builder()
        .baseUrl(baseUrl)
        .apiKey(KEY)
        .readTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.none());
  }

  private static void assertKeyAbsent(String where, String text) {
    assertFalse(text.contains(KEY), () -> "raw key in " + where + ": " + text);
    assertFalse(text.contains(ENCODED_KEY), () -> "encoded key in " + where + ": " + text);
  }

  private static String everything(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return error.getMessage() + "\n" + error + "\n" + trace;
  }

  /** A coded failure whose requestID echoes the key: the exception carries the request ID. */
  @Test
  void requestIdEchoingKeyMaskedInError() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(
          request -> StubResponse.json(200, Responses.CODED_1A.replace("3KUXZ1KUNUDJN7S", KEY)));

      RocketCadException error =
          assertThrows(
              RocketCadException.class,
              () -> client(server.baseUrl()).build().panic(new PanicRequest()));

      assertKeyAbsent("exception", everything(error));
      assertKeyAbsent("requestId()", String.valueOf(error.requestId()));
    }
  }

  /**
   * A successful envelope whose requestID echoes the key: the client logs the request ID at DEBUG,
   * and puts it in the CallEvent and the returned envelope.
   */
  @Test
  void requestIdEchoingKeyMaskedOnSuccess() throws Exception {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    try (StubServer server = StubServer.start()) {
      server.setHandler(
          request -> StubResponse.json(200, Responses.PANIC_OK.replace("JFBFJMUPVK5OYRF", KEY)));

      WorkflowEnvelope envelope =
          client(server.baseUrl()).callListener(events::add).build().panic(new PanicRequest());

      assertKeyAbsent("the envelope", envelope.toString());
    }

    String log = TransportTestSupport.logFile();
    assertAll(
        () -> assertKeyAbsent("CallEvent.toString()", events.toString()),
        () -> assertFalse(log.contains(KEY), "raw key in the DEBUG line of RocketCadClient"));
  }

  /**
   * A key that straddles the FULL wire log's cut is masked whole, not cut into a loggable start.
   */
  @Test
  void keyAcrossWireLogCutMasked() throws Exception {
    String keyStart = KEY.substring(0, 12);
    String marker = "straddle-marker-";
    String body =
        marker
            + "x".repeat(WireLogger.MAX_LOGGED_BODY_CHARS - marker.length() - keyStart.length())
            + KEY
            + " (echoed)";
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.of(500, "text/plain", body));

      assertThrows(
          RocketCadException.class,
          () ->
              client(server.baseUrl())
                  .wireLogLevel(WireLogLevel.FULL)
                  .build()
                  .panic(new PanicRequest()));
    }

    String log = TransportTestSupport.logFile();
    assertFalse(log.contains("x" + keyStart), "the first 12 characters of the key are logged");
  }

  /** A key longer than the wire log's cut is masked too. */
  @Test
  void keyLongerThanWireLogCutMasked() throws Exception {
    String longKey = "LONGKEY-" + "0123456789abcdef".repeat(320); // 5128 characters
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.of(500, "text/plain", longKey));

      assertThrows(
          RocketCadException.class,
          () ->
              RocketCadClient.builder()
                  .baseUrl(server.baseUrl())
                  .apiKey(longKey)
                  .retryPolicy(RetryPolicy.none())
                  .wireLogLevel(WireLogLevel.FULL)
                  .build()
                  .panic(new PanicRequest()));
    }

    String log = TransportTestSupport.logFile();
    assertFalse(
        log.contains(longKey.substring(0, 4000)), "4000 characters of the key are in the log");
  }

  /**
   * A base URL copied with its documented query, such as {@code ...?api_key=<key>}, is rejected
   * with a message that quotes the URL with the key masked.
   */
  @Test
  void baseUrlWithKeyMaskedInError() {
    IllegalArgumentException raw =
        assertThrows(
            IllegalArgumentException.class,
            () -> client("http://127.0.0.1:1/api/1.1/wf/ping?api_key=" + KEY).build());
    IllegalArgumentException encoded =
        assertThrows(
            IllegalArgumentException.class,
            () -> client("http://127.0.0.1:1/api/1.1/wf/ping?api_key=" + ENCODED_KEY).build());

    assertKeyAbsent("build error", everything(raw));
    assertKeyAbsent("build error", everything(encoded));
  }

  /**
   * A server that lowercases the URL it echoes: RFC 3986 makes lowercase escapes equivalent, and
   * the rest of the key is given away in any case.
   */
  @Test
  void lowercaseEncodedKeyMasked() throws Exception {
    String lowercase = ENCODED_KEY.toLowerCase(Locale.ROOT);
    try (StubServer server = StubServer.start()) {
      server.setHandler(
          request -> StubResponse.of(500, "text/plain", "invalid api_key=" + lowercase));

      RocketCadException error =
          assertThrows(
              RocketCadException.class,
              () -> client(server.baseUrl()).build().panic(new PanicRequest()));

      assertFalse(
          everything(error).toLowerCase(Locale.ROOT).contains(lowercase),
          "key (lowercase percent-encoded) in: " + error.getMessage());
    }
  }
}
