package io.github.rocketcadsdk.client;

import static io.github.rocketcadsdk.client.ReviewSupport.ENCODED_KEY;
import static io.github.rocketcadsdk.client.ReviewSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.PanicRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Review findings for property 1: the key must appear nowhere, raw or percent-encoded. Each test
 * here fails on the code under review. The key is {@link ReviewSupport#KEY}, which no other test
 * uses, so that a leak here cannot trip another class's log check.
 */
class ReviewKeyLeakTest {

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

  /**
   * A coded failure whose requestID echoes the key: EnvelopeDecoder.workflowResult copies requestID
   * into ErrorDetails unmasked, and RocketCadException.compose appends it to the message.
   */
  @Test
  void requestIdEchoingKeyLeaksIntoExceptionMessage() throws Exception {
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
   * A successful envelope whose requestID echoes the key: RocketCadClient.reportSuccess logs it at
   * DEBUG and puts it in the CallEvent, whose toString() shows it.
   */
  @Test
  void requestIdEchoingKeyLeaksIntoSuccessLogAndCallEvent() throws Exception {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    try (StubServer server = StubServer.start()) {
      server.setHandler(
          request -> StubResponse.json(200, Responses.PANIC_OK.replace("JFBFJMUPVK5OYRF", KEY)));

      client(server.baseUrl()).callListener(events::add).build().panic(new PanicRequest());
    }

    String log = ReviewSupport.logFile();
    assertAll(
        () -> assertKeyAbsent("CallEvent.toString()", events.toString()),
        () -> assertFalse(log.contains(KEY), "raw key in the DEBUG line of RocketCadClient"));
  }

  /**
   * The FULL wire log reads at most 4096 body bytes with peekBody and masks afterwards, so a key
   * that straddles byte 4096 is no longer whole and its first part is logged as it is
   * (WireLogger.intercept: peekBody(MAX_LOGGED_BODY_BYTES), then log(body.string())). The decoder
   * masks before cutting for this very reason; the wire log does not.
   */
  @Test
  void fullWireLogLeaksKeyPrefixCutAt4KiB() throws Exception {
    String keyStart = KEY.substring(0, 12);
    String marker = "straddle-marker-";
    String body =
        marker
            + "x".repeat(WireLogger.MAX_LOGGED_BODY_BYTES - marker.length() - keyStart.length())
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

    String log = ReviewSupport.logFile();
    assertFalse(log.contains("x" + keyStart), "the first 12 characters of the key are logged");
  }

  /** The same cut with a key longer than 4 KiB: nearly all of the key is logged. */
  @Test
  void fullWireLogLeaksLongKeyEchoedInBody() throws Exception {
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

    String log = ReviewSupport.logFile();
    assertFalse(
        log.contains(longKey.substring(0, 4000)), "4000 characters of the key are in the log");
  }

  /**
   * A base URL copied with its documented query, such as {@code ...?api_key=<key>}, is rejected
   * with a message that quotes the whole URL, key included (RocketCadClient.validateBaseUrl). The
   * key is already known at that point: build() creates the ApiKey first.
   */
  @Test
  void baseUrlWithKeyInQueryLeaksKeyInBuildError() {
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
   * RFC 3986 section 2.1: percent-encodings with lowercase hex digits are equivalent. ApiKey.redact
   * only knows the uppercase form, so a server echoing a normalised URL gets the key through.
   */
  @Test
  void keyEchoedWithLowercaseHexIsNotMasked() throws Exception {
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
