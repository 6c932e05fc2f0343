package io.github.rocketcadsdk.client;

import static io.github.rocketcadsdk.client.ReviewSupport.KEY;
import static io.github.rocketcadsdk.client.ReviewSupport.ascii;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.rocketcadsdk.client.ReviewSupport.RawServer;
import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.ApiTimeoutException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.PanicRequest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Review findings for property 2: bad input or bad server behaviour must give a RocketCadException
 * (or IllegalArgumentException for bad builder input), never a hang or a raw exception. Each test
 * here fails on the code under review.
 */
class ReviewTypedErrorTest {

  private static RocketCadClient.Builder client(String baseUrl) {
    return RocketCadClient.builder()
        .baseUrl(baseUrl)
        .apiKey(KEY)
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofMillis(500))
        .retryPolicy(RetryPolicy.none());
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
   * A panic from a thread whose interrupt flag is set, on a client without a pooled connection.
   * OkHttp 5.3.2's FastFallbackExchangeFinder.awaitTcpConnect throws a checked InterruptedException
   * that Kotlin does not declare; RocketCadClient.call catches only IOException and
   * RocketCadException, so it reaches the caller as it is, and the interrupt flag is cleared.
   */
  @Test
  void interruptedCallerGetsRawInterruptedExceptionAndLosesInterrupt() throws Exception {
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
   * {@code Content-Length: -5}: OkHttp opens a fixed-length source of -5 bytes, and Okio throws
   * IllegalArgumentException("byteCount < 0: -5") from EnvelopeDecoder.readBody, which catches only
   * IOException.
   */
  @Test
  void negativeContentLengthThrowsRawIllegalArgumentException() throws Exception {
    try (RawServer server = new RawServer(ReviewTypedErrorTest::negativeContentLength)) {
      RocketCadClient client = client(server.baseUrl()).build();

      Throwable thrown = thrownBy(() -> client.panic(new PanicRequest()));

      assertInstanceOf(RocketCadException.class, thrown, thrown::toString);
    }
  }

  static void negativeContentLength(int index, java.net.Socket socket, java.io.OutputStream out)
      throws java.io.IOException {
    out.write(
        ascii(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n"
                + Responses.PANIC_OK));
  }

  /**
   * RetryPolicy.of accepts any non-negative Duration, such as ChronoUnit.FOREVER's for "no cap",
   * but RetryPolicy.backoff calls maxBackoff.toMillis(), which overflows: the first retryable
   * failure throws ArithmeticException out of the call.
   */
  @Test
  void foreverMaxBackoffThrowsArithmeticExceptionOnFirstRetry() throws Exception {
    Duration forever = ChronoUnit.FOREVER.getDuration();
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(500, "{}"));
      RocketCadClient client;
      try {
        client =
            client(server.baseUrl())
                .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), forever, Duration.ZERO))
                .build();
      } catch (IllegalArgumentException rejected) {
        return; // Rejecting the policy up front would be fine too.
      }

      Throwable thrown = thrownBy(client::ping);

      assertInstanceOf(RocketCadException.class, thrown, thrown::toString);
    }
  }

  /**
   * The builder checks only that timeouts are positive; OkHttp's builder then calls toMillis(),
   * which overflows, so build() throws ArithmeticException instead of IllegalArgumentException.
   */
  @Test
  void foreverConnectTimeoutThrowsArithmeticExceptionFromBuild() {
    Duration forever = ChronoUnit.FOREVER.getDuration();

    Throwable connect =
        thrownBy(() -> client("http://127.0.0.1:1").connectTimeout(forever).build());
    Throwable read = thrownBy(() -> client("http://127.0.0.1:1").readTimeout(forever).build());

    assertInstanceOf(IllegalArgumentException.class, connect, connect::toString);
    assertInstanceOf(IllegalArgumentException.class, read, read::toString);
  }

  /**
   * The README says ApiTimeoutException is thrown when "the connect or read timeout passed". A read
   * timeout while reading the body becomes a plain ApiConnectionException ("Reading the response
   * body failed: timeout") in EnvelopeDecoder.readBody.
   */
  @Test
  void bodyReadTimeoutIsNotApiTimeoutException() throws Exception {
    try (RawServer server =
        new RawServer(
            (index, socket, out) -> {
              out.write(
                  ascii(
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          + "Content-Length: 500\r\n\r\n{\"status\":"));
              out.flush();
              Thread.sleep(3_000);
            })) {
      RocketCadClient client = client(server.baseUrl()).build();

      RocketCadException error =
          assertThrows(RocketCadException.class, () -> client.panic(new PanicRequest()));

      assertInstanceOf(ApiTimeoutException.class, error, error::toString);
    }
  }

  /**
   * A header name with a colon is not an HTTP token, yet builder.header accepts it (OkHttp's name
   * check allows every visible ASCII character), and the server receives another header: {@code
   * X-Tenant} with the value {@code admin: v}.
   */
  @Test
  void headerNameWithColonIsAcceptedAndSplitOnTheWire() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(200, Responses.PANIC_OK));
      RocketCadClient client;
      try {
        client = client(server.baseUrl()).header("X-Tenant:admin", "v").build();
      } catch (IllegalArgumentException expected) {
        return;
      }
      client.panic(new PanicRequest());

      fail(
          "header name with ':' accepted; the server got x-tenant="
              + server.takeRequest().header("X-Tenant"));
    }
  }

  /**
   * A server that sends the headers and then one byte of JSON whitespace every 100 ms, under the
   * 500 ms read timeout. No call deadline exists (no OkHttp callTimeout), so a panic call waits
   * until 1 MiB has arrived: about 29 hours here, 6 months at 1 byte per 15 s.
   */
  @Test
  void drippingServerHoldsCallFarBeyondReadTimeout() throws Exception {
    try (RawServer server =
        new RawServer(
            (index, socket, out) -> {
              out.write(
                  ascii(
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          + "Transfer-Encoding: chunked\r\n\r\n"));
              out.flush();
              while (!socket.isClosed()) {
                out.write(ascii("1\r\n \r\n"));
                out.flush();
                Thread.sleep(100);
              }
            })) {
      RocketCadClient client = client(server.baseUrl()).build();

      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () -> assertThrows(RocketCadException.class, () -> client.panic(new PanicRequest())),
          "a panic call with a 500 ms read timeout was still running after 5 s");
    }
  }

  /** Control: the same client type and server answer promptly without the fault. */
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
