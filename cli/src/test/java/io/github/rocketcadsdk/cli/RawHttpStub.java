package io.github.rocketcadsdk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 that reads each request's head and then sends one fixed raw response,
 * closes the connection without a response, or keeps it open without a response.
 */
final class RawHttpStub implements AutoCloseable {

  private final ServerSocket socket;
  private final String response;
  private final AtomicInteger requests = new AtomicInteger();
  private final boolean silent;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread acceptor;

  private RawHttpStub(String response, boolean silent) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.response = response;
    this.silent = silent;
    this.acceptor = new Thread(this::acceptLoop, "raw-http-stub");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a stub that sends {@code rawResponse}, status line and headers included. */
  static RawHttpStub answering(String rawResponse) throws IOException {
    return new RawHttpStub(rawResponse, false);
  }

  /** Starts a stub that closes each connection after reading the request head. */
  static RawHttpStub closingConnections() throws IOException {
    return new RawHttpStub(null, false);
  }

  /** Starts a stub that never responds: it keeps each connection open until the stub closes. */
  static RawHttpStub silent() throws IOException {
    return new RawHttpStub(null, true);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int requestCount() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        readHead(connection);
        requests.incrementAndGet();
        if (silent) {
          closed.await();
        } else if (response != null) {
          OutputStream out = connection.getOutputStream();
          out.write(response.getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
      } catch (IOException e) {
        // The socket closed, or the client went away; either ends this connection only.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void readHead(Socket connection) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
    String line;
    while ((line = reader.readLine()) != null && !line.isEmpty()) {
      // The head ends at the first empty line; the body is never needed.
    }
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    socket.close();
  }
}
