package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.ApiConnectionException;
import io.github.rocketcadsdk.client.exception.ApiTimeoutException;
import io.github.rocketcadsdk.client.exception.RateLimitException;
import io.github.rocketcadsdk.client.exception.ServerException;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The retry policy, observed on the wire: what is sent again, and how often. */
class RetryTest {

  private static final RetryPolicy FAST =
      RetryPolicy.of(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(2));

  @Test
  void pingRetriedAfterServerError() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.of(503, "text/html", "<html>busy</html>"));
      server.enqueue(StubResponse.json(200, Responses.PING_OK));

      WorkflowEnvelope envelope = client(server.baseUrl()).ping();

      assertEquals("OLV213JN6XL1BLS", envelope.getResponse().getRequestID());
      assertEquals(2, server.requestCount());
    }
  }

  @Test
  void pingGivesUpAfterMaxAttempts() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(500, "{}"));

      assertThrows(ServerException.class, () -> client(server.baseUrl()).ping());

      assertEquals(3, server.requestCount());
    }
  }

  @Test
  void locationpingRetriedAfterRateLimit() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(200, Responses.codedFailure("2A")));
      server.enqueue(StubResponse.json(200, Responses.PING_OK));

      client(server.baseUrl()).locationping(null);

      assertEquals(2, server.requestCount());
    }
  }

  @Test
  void retryAfterSetsTheMinimumWait() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(429, "{}").withHeader("Retry-After", "1"));
      server.enqueue(StubResponse.json(200, Responses.PING_OK));
      List<CallEvent> events = new CopyOnWriteArrayList<>();
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(TestKeys.KEY)
              .retryPolicy(FAST)
              .callListener(events::add)
              .build();

      long started = System.nanoTime();
      client.ping();
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

      assertEquals(2, server.requestCount());
      assertTrue(elapsedMillis >= 1000, "waited only " + elapsedMillis + " ms");
      assertEquals(2, events.size());
      assertTrue(events.get(0).willRetry());
      assertEquals(429, events.get(0).httpStatus());
      assertTrue(events.get(1).succeeded());
    }
  }

  @Test
  void retryAfterOnServerErrorIsHonoured() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(503, "{}").withHeader("Retry-After", "1"));
      server.enqueue(StubResponse.json(200, Responses.PING_OK));

      long started = System.nanoTime();
      client(server.baseUrl()).ping();
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

      assertEquals(2, server.requestCount());
      assertTrue(elapsedMillis >= 1000, "waited only " + elapsedMillis + " ms");
    }
  }

  @Test
  void retryAfterAboveLimitIsNotAwaited() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(429, "{}").withHeader("Retry-After", "3600"));

      RateLimitException error =
          assertThrows(RateLimitException.class, () -> client(server.baseUrl()).ping());

      assertEquals(Duration.ofHours(1), error.retryAfter());
      assertEquals(1, server.requestCount());
    }
  }

  @Test
  void panicNotRetriedAfterServerError() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(503, "{}"));

      assertThrows(ServerException.class, () -> client(server.baseUrl()).panic(new PanicRequest()));

      assertEquals(1, server.requestCount());
    }
  }

  @Test
  void panicNotRetriedAfterRateLimit() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(429, "{}").withHeader("Retry-After", "0"));

      assertThrows(RateLimitException.class, () -> client(server.baseUrl()).panic(null));

      assertEquals(1, server.requestCount());
    }
  }

  @Test
  void emergencyCallNotRetriedAfterReadTimeout() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(
          request -> StubResponse.json(200, Responses.PANIC_OK).withDelay(Duration.ofMillis(800)));
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(TestKeys.KEY)
              .readTimeout(Duration.ofMillis(200))
              .retryPolicy(FAST)
              .build();

      ApiTimeoutException error =
          assertThrows(ApiTimeoutException.class, () -> client.emergencyCall(null));

      assertTrue(error.requestMayHaveBeenSent());
      Thread.sleep(300);
      assertEquals(1, server.requestCount());
    }
  }

  @Test
  void panicNotRetriedAfterConnectionReset() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.connectionReset());

      ApiConnectionException error =
          assertThrows(ApiConnectionException.class, () -> client(server.baseUrl()).panic(null));

      assertTrue(error.requestMayHaveBeenSent());
      assertEquals(1, server.requestCount());
    }
  }

  @Test
  void pingRetriedAfterConnectionReset() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.connectionReset());
      server.enqueue(StubResponse.json(200, Responses.PING_OK));

      client(server.baseUrl()).ping();

      assertEquals(2, server.requestCount());
    }
  }

  @Test
  void panicRetriedWhenConnectionRefused() throws Exception {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    RocketCadClient client =
        RocketCadClient.builder()
            .baseUrl(StubServer.refusingBaseUrl())
            .apiKey(TestKeys.KEY)
            .retryPolicy(FAST)
            .callListener(events::add)
            .build();

    ApiConnectionException error =
        assertThrows(ApiConnectionException.class, () -> client.panic(null));

    assertFalse(error.requestMayHaveBeenSent());
    assertFalse(error instanceof ApiTimeoutException);
    assertEquals(3, events.size());
    assertInstanceOf(ApiConnectionException.class, events.get(2).error());
  }

  @Test
  void panicAfterServerClosedIdleConnectionIsSent() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(200, Responses.PING_OK).thenClose());
      server.enqueue(StubResponse.json(200, Responses.PANIC_OK));
      RocketCadClient client = client(server.baseUrl());
      client.ping();

      WorkflowEnvelope envelope = client.panic(null);

      assertTrue(envelope.getResponse().getSuccess());
      assertEquals(2, server.requestCount());
      assertEquals(2, server.acceptedConnections());
    }
  }

  @Test
  void noRetriesWithPolicyNone() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(500, "{}"));
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(TestKeys.KEY)
              .retryPolicy(RetryPolicy.none())
              .build();

      assertThrows(ServerException.class, client::ping);

      assertEquals(1, server.requestCount());
    }
  }

  private static RocketCadClient client(String baseUrl) {
    return RocketCadClient.builder()
        .baseUrl(baseUrl)
        .apiKey(TestKeys.KEY)
        .retryPolicy(FAST)
        .build();
  }
}
