package io.github.rocketcadsdk.client;

import static io.github.rocketcadsdk.client.TransportTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every response is closed on every path: after a call returns, no connection of the client's pool
 * is still held by a call.
 */
class ConnectionReleaseTest {

  /**
   * {@code Content-Length: -5}: OkHttp would throw on every read of the body and again on closing
   * it, so the connection would stay held. Checked with and without the wire log, which reads the
   * body too.
   */
  @ParameterizedTest
  @EnumSource(
      value = WireLogLevel.class,
      names = {"NONE", "FULL"})
  void negativeContentLengthReleasesConnection(WireLogLevel level) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setRawReply(TypedErrorTest::negativeContentLength);
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(KEY)
              .readTimeout(Duration.ofMillis(500))
              .retryPolicy(RetryPolicy.none())
              .wireLogLevel(level)
              .build();

      try {
        client.ping();
      } catch (RuntimeException expected) {
        // TypedErrorTest checks the error; here only the connection matters.
      }
      TransportTestSupport.pool(client).evictAll();
      Thread.sleep(200);

      assertEquals(
          0,
          TransportTestSupport.connectionsStillInUse(client),
          "connections held after the call returned");
      assertEquals(0, server.openConnections(), "sockets still open after evictAll()");
    }
  }
}
