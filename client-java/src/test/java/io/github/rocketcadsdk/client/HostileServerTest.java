package io.github.rocketcadsdk.client;

import static io.github.rocketcadsdk.client.TransportTestSupport.KEY;
import static io.github.rocketcadsdk.client.TransportTestSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.ApiTimeoutException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.PanicRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile server behaviour that the client withstands: odd keys, statuses and timeouts. */
class HostileServerTest {

  private static String text(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return error + "\n" + trace;
  }

  /** Odd keys echoed raw and encoded in a JSON message, a Location and another header. */
  @ParameterizedTest
  @ValueSource(strings = {"k%41%%2x\uD83D\uDE00/?#[]@!$&'()*+,;= \u00e9", "VERYLONG", "%25%"})
  void oddKeysMaskedInErrorsAndLogs(String seed) throws Exception {
    String key = seed.equals("VERYLONG") ? "L".repeat(70_000) + "+/&" : "odd-" + seed;
    String encoded = ApiKey.percentEncode(key);
    try (StubServer server = StubServer.start()) {
      String message = key.replace("\\", "\\\\").replace("\"", "\\\"") + " " + encoded;
      server.setHandler(
          request ->
              StubResponse.json(302, "{\"message\":\"" + message + "\"}")
                  .withHeader("Location", "http://x/?api_key=" + encoded)
                  .withHeader("X-Echo", key));
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl() + "/prefix/")
              .apiKey(key)
              .retryPolicy(RetryPolicy.none())
              .wireLogLevel(WireLogLevel.HEADERS)
              .build();

      String error =
          text(assertThrows(RocketCadException.class, () -> client.panic(new PanicRequest())));

      assertFalse(error.contains(key) || error.contains(encoded), error);
      String log = TransportTestSupport.logFile();
      assertFalse(log.contains(key) || log.contains(encoded), "key in log");
    }
  }

  /** A status line that echoes the key becomes a ProtocolException whose copy is masked. */
  @Test
  void keyInStatusLineIsMasked() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setRawReply(
          (socket, out) -> out.write(utf8("HTTP/1.1 2x0 " + KEY + "\r\nA: b\r\n\r\n")));
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(KEY)
              .retryPolicy(RetryPolicy.none())
              .wireLogLevel(WireLogLevel.FULL)
              .build();

      String error =
          text(assertThrows(RocketCadException.class, () -> client.panic(new PanicRequest())));

      assertFalse(error.contains(KEY), error);
    }
  }

  /** 1xx, 204/205 with a body, 304 with a body: typed errors, panic received once, no leak. */
  @ParameterizedTest
  @ValueSource(ints = {101, 103, 204, 205, 304, 308, 999})
  void oddStatusesAreTypedAndNotResent(int status) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(status, Responses.PANIC_OK));
      server.setHandler(request -> StubResponse.json(200, Responses.PANIC_OK));
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(KEY)
              .readTimeout(Duration.ofMillis(300))
              .build();

      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () -> assertThrows(RocketCadException.class, () -> client.panic(new PanicRequest())));

      assertEquals(1, server.requestCount());
      assertEquals(0, TransportTestSupport.connectionsStillInUse(client));
    }
  }

  /** A connect timeout (full accept backlog) means nothing was sent: panic is tried 3 times. */
  @Test
  void connectTimeoutPanicRetried() throws Exception {
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          Socket filler = new Socket();
          try {
            filler.connect(new InetSocketAddress(full.getInetAddress(), full.getLocalPort()), 200);
            fillers.add(filler);
          } catch (java.io.IOException backlogFull) {
            filler.close();
          }
        }
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        RocketCadClient client =
            RocketCadClient.builder()
                .baseUrl("http://127.0.0.1:" + full.getLocalPort())
                .apiKey(KEY)
                .connectTimeout(Duration.ofMillis(200))
                .retryPolicy(
                    RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ZERO))
                .callListener(events::add)
                .build();

        assertThrows(ApiTimeoutException.class, () -> client.panic(new PanicRequest()));

        assertEquals(3, events.size());
      } finally {
        for (Socket filler : fillers) {
          filler.close();
        }
      }
    }
  }
}
