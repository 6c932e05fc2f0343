package io.github.rocketcadsdk.client;

import static io.github.rocketcadsdk.client.ReviewSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.rocketcadsdk.client.ReviewSupport.RawServer;
import io.github.rocketcadsdk.client.model.PanicRequest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Review finding for property 4: every response must be closed on every path. After a call returns,
 * no connection of the client's pool may still be held by a call.
 */
class ReviewConnectionLeakTest {

  /**
   * {@code Content-Length: -5}: reading the body throws IllegalArgumentException, and so does the
   * discard in Response.close(), so the exchange never completes and the connection stays
   * allocated, at every wire log level (with FULL it fails in WireLogger's peekBody, which does not
   * close the response either).
   */
  @ParameterizedTest
  @EnumSource(
      value = WireLogLevel.class,
      names = {"NONE", "FULL"})
  void negativeContentLengthLeaksConnection(WireLogLevel level) throws Exception {
    try (RawServer server = new RawServer(ReviewTypedErrorTest::negativeContentLength)) {
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(KEY)
              .readTimeout(Duration.ofMillis(500))
              .retryPolicy(RetryPolicy.none())
              .wireLogLevel(level)
              .build();

      try {
        client.panic(new PanicRequest());
      } catch (RuntimeException expected) {
        // Property 2 is ReviewTypedErrorTest's; here only the connection matters.
      }
      ReviewSupport.pool(client).evictAll();
      Thread.sleep(200);

      assertEquals(
          0,
          ReviewSupport.connectionsStillInUse(client),
          "connections held after the call returned");
      assertEquals(0, server.openConnections(), "sockets still open after evictAll()");
    }
  }
}
