package io.github.rocketcadsdk.client;

import static io.github.rocketcadsdk.client.TransportTestSupport.KEY;
import static io.github.rocketcadsdk.client.TransportTestSupport.ascii;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.ApiTimeoutException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.PanicRequest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Bad builder input gives an {@link IllegalArgumentException}, and bad server behaviour or an
 * interrupted caller a {@link RocketCadException}: never a hang or an exception from OkHttp, Okio
 * or the JDK.
 */
class TypedErrorTest {

  private static RocketCadClient.Builder client(String baseUrl) {
    return RocketCadClient.builder()
        .baseUrl(baseUrl)
        .apiKey(KEY)
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofMillis(500))
        .retryPolicy(RetryPolicy.none());
  }

  /** Returns the head of a 200 JSON response whose body length {@code framing} gives. */
  private static byte[] okHead(String framing) {
    return ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n");
  }

  /** Runs {@code call} and returns what it threw, of any type. */
  private static Throwable thrownBy(Runnable call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    return fail("the call did not fail");
  }

  /**
   * A panic from a thread whose interrupt flag is set, on a client without a pooled connection:
   * OkHttp 5.3.2 throws a checked InterruptedException, which Kotlin does not declare, and clears
   * the flag.
   */
  @Test
  void interruptedCallerGetsTypedError() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(200, Responses.PANIC_OK));
      RocketCadClient client = client(server.baseUrl()).build();

      Thread.currentThread().interrupt();
      Throwable thrown = thrownBy(() -> client.panic(new PanicRequest()));
      boolean stillInterrupted = Thread.interrupted(); // also clears it for the next tests

      assertInstanceOf(RocketCadException.class, thrown, thrown::toString);
      assertTrue(stillInterrupted, "the caller's interrupt flag was cleared");
    } finally {
      Thread.interrupted();
    }
  }

  /**
   * {@code Content-Length: -5}: OkHttp would open a body of -5 bytes, and Okio would throw an
   * IllegalArgumentException on every read.
   */
  @Test
  void negativeContentLengthIsTypedError() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setRawReply(TypedErrorTest::negativeContentLength);
      RocketCadClient client = client(server.baseUrl()).build();

      Throwable thrown = thrownBy(() -> client.panic(new PanicRequest()));

      assertInstanceOf(RocketCadException.class, thrown, thrown::toString);
    }
  }

  static void negativeContentLength(java.net.Socket socket, java.io.OutputStream out)
      throws java.io.IOException {
    out.write(
        ascii(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n"
                + Responses.PANIC_OK));
  }

  /** A backoff too long to count in milliseconds would overflow on the first retry. */
  @Test
  void foreverBackoffRejected() {
    Duration forever = ChronoUnit.FOREVER.getDuration();

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> RetryPolicy.of(3, Duration.ofMillis(1), forever, Duration.ZERO));

    assertTrue(error.getMessage().startsWith("maxBackoff must be at most"), error.getMessage());
  }

  /** A timeout too long to count in milliseconds would overflow in OkHttp's builder. */
  @Test
  void foreverTimeoutsRejected() {
    Duration forever = ChronoUnit.FOREVER.getDuration();

    Throwable connect =
        thrownBy(() -> client("http://127.0.0.1:1").connectTimeout(forever).build());
    Throwable read = thrownBy(() -> client("http://127.0.0.1:1").readTimeout(forever).build());

    assertInstanceOf(IllegalArgumentException.class, connect, connect::toString);
    assertInstanceOf(IllegalArgumentException.class, read, read::toString);
  }

  /** A read timeout while the body arrives is a timeout too, as one before the status line is. */
  @Test
  void bodyReadTimeoutIsApiTimeout() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setRawReply(
          (socket, out) -> {
            out.write(okHead("Content-Length: 500"));
            out.write(ascii("{\"status\":"));
            out.flush();
            Thread.sleep(3_000);
          });
      RocketCadClient client = client(server.baseUrl()).build();

      RocketCadException error =
          assertThrows(RocketCadException.class, () -> client.panic(new PanicRequest()));

      assertInstanceOf(ApiTimeoutException.class, error, error::toString);
    }
  }

  /**
   * A header name with a colon is not an HTTP token. OkHttp's own check allows it, and the server
   * would receive the header {@code X-Tenant} with the value {@code admin: v}.
   */
  @Test
  void headerNameWithColonRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> RocketCadClient.builder().header("X-Tenant:admin", "v"));

    assertTrue(error.getMessage().contains("X-Tenant:admin is invalid"), error.getMessage());
  }

  /**
   * A server that sends the headers and then one byte of JSON whitespace every 100 ms, under the
   * 500 ms read timeout. Without a call timeout, the call would wait until 1 MiB had arrived: about
   * 29 hours here.
   */
  @Test
  void drippingServerEndsAtCallTimeout() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setRawReply(
          (socket, out) -> {
            out.write(okHead("Transfer-Encoding: chunked"));
            out.flush();
            while (!socket.isClosed()) {
              out.write(ascii("1\r\n \r\n"));
              out.flush();
              Thread.sleep(100);
            }
          });
      RocketCadClient client = client(server.baseUrl()).build();

      RocketCadException error =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5),
              () -> assertThrows(RocketCadException.class, () -> client.panic(new PanicRequest())),
              "a panic call with a 2 s call timeout was still running after 5 s");

      assertInstanceOf(ApiTimeoutException.class, error, error::toString);
      assertTrue(error.getMessage().contains("call timeout"), error.getMessage());
    }
  }

  /** Control: the same client and a server that responds at once, without the fault. */
  @Test
  void controlPromptServerSucceeds() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(200, Responses.PANIC_OK));

      assertEquals(
          "JFBFJMUPVK5OYRF",
          client(server.baseUrl()).build().panic(new PanicRequest()).getResponse().getRequestID());
    }
  }
}
