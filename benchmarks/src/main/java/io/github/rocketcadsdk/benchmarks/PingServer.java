package io.github.rocketcadsdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The loopback server of the benchmarks, run in its own JVM so that its CPU work and allocation
 * stay out of the measured JVM's allocation profile. It responds to every request with the
 * documented ping envelope.
 *
 * <p>It listens on a free port of 127.0.0.1, prints {@code LISTENING <port>} on standard output,
 * and stops when its standard input closes, which happens when the benchmark JVM exits.
 */
public final class PingServer {

  /** The documented ping response, as the API's documentation publishes it (comma corrected). */
  static final byte[] PING_OK =
      ("{\"status\":\"success\",\"response\":{\"success\":true,\"message\":\"This API Key is"
              + " valid & associated with an active community.\",\"requestID\":\"OLV213JN6XL1BLS\"}}")
          .getBytes(StandardCharsets.UTF_8);

  /** One handler thread for each of the 64 client threads of the largest benchmark. */
  private static final int HANDLER_THREADS = 64;

  private PingServer() {}

  public static void main(String[] args) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    ExecutorService handlers = Executors.newFixedThreadPool(HANDLER_THREADS);
    server.setExecutor(handlers);
    server.createContext("/", PingServer::answer);
    server.start();
    System.out.println("LISTENING " + server.getAddress().getPort());
    System.out.flush();

    while (System.in.read() != -1) {
      // Standard input stays open as long as the benchmark JVM runs.
    }
    server.stop(0);
    handlers.shutdownNow();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      try (InputStream body = exchange.getRequestBody()) {
        body.readAllBytes();
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, PING_OK.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(PING_OK);
      }
    }
  }
}
