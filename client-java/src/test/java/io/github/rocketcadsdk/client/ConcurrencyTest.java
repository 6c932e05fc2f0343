package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.client.StubServer.RecordedRequest;
import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.model.LocationpingRequest;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.PingRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One client shared by many threads: every response reaches the caller that sent its request. */
class ConcurrencyTest {

  private static final int THREADS = 64;

  private static final int CALLS_PER_THREAD = 100;

  /** OkHttp's default connection pool keeps at most this many idle connections. */
  private static final int MAX_IDLE_CONNECTIONS = 5;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void sharedClientMatchesEveryResponse() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(ConcurrencyTest::echoToken);
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(KeyCanary.KEY)
              .readTimeout(Duration.ofSeconds(10))
              .retryPolicy(RetryPolicy.none())
              .build();
      Queue<String> mismatches = new ConcurrentLinkedQueue<>();
      Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
      AtomicInteger matched = new AtomicInteger();

      assertTimeoutPreemptively(
          Duration.ofSeconds(120),
          () -> runCalls(client, matched, mismatches, errors),
          "calls did not finish");

      assertEquals(List.of(), new ArrayList<>(errors));
      assertEquals(List.of(), new ArrayList<>(mismatches));
      assertEquals(THREADS * CALLS_PER_THREAD, matched.get());
      assertEquals(THREADS * CALLS_PER_THREAD, server.requestCount());
      assertIdleConnectionsReleased(server);
    }
  }

  private static void runCalls(
      RocketCadClient client,
      AtomicInteger matched,
      Queue<String> mismatches,
      Queue<Throwable> errors)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    for (int thread = 0; thread < THREADS; thread++) {
      int threadIndex = thread;
      pool.execute(
          () -> {
            try {
              start.await();
              for (int call = 0; call < CALLS_PER_THREAD; call++) {
                String token = "T" + threadIndex + "-" + call;
                String requestId = send(client, call % 3, token).getResponse().getRequestID();
                if (token.equals(requestId)) {
                  matched.incrementAndGet();
                } else {
                  mismatches.add(token + " answered with " + requestId);
                }
              }
            } catch (Throwable e) {
              errors.add(e);
            }
          });
    }
    start.countDown();
    pool.shutdown();
    if (!pool.awaitTermination(110, TimeUnit.SECONDS)) {
      pool.shutdownNow();
      throw new AssertionError("callers still running after 110 s");
    }
  }

  /** Sends {@code token} in a body field of one of three workflows, picked by {@code kind}. */
  private static WorkflowEnvelope send(RocketCadClient client, int kind, String token) {
    return switch (kind) {
      case 0 -> client.ping(new PingRequest().communityID(token));
      case 1 -> client.locationping(new LocationpingRequest().street(token));
      default -> client.panic(new PanicRequest().name(token));
    };
  }

  /** Returns a success envelope whose request ID is the token the request carried. */
  private static StubResponse echoToken(RecordedRequest request) {
    JsonNode body;
    try {
      body = MAPPER.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String token =
        body.has("communityID")
            ? body.get("communityID").asText()
            : body.has("Street") ? body.get("Street").asText() : body.path("Name").asText();
    return StubResponse.json(
        200,
        "{\"status\":\"success\",\"response\":{\"success\":true,\"message\":\"ok\","
            + "\"requestID\":\""
            + token
            + "\"}}");
  }

  /**
   * Waits until the connections still open on the server are at most what the client's pool may
   * keep idle. More would mean the client leaks connections it no longer uses.
   */
  private static void assertIdleConnectionsReleased(StubServer server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.openConnections() > MAX_IDLE_CONNECTIONS && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(
        server.openConnections() <= MAX_IDLE_CONNECTIONS,
        "open connections after the run: "
            + server.openConnections()
            + " of "
            + server.acceptedConnections()
            + " accepted");
  }
}
