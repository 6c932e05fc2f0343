package io.github.rocketcadsdk.client;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Helpers for the transport tests: a key of their own, byte conversions, the test log, and access
 * to the client's connection pool to tell a leaked connection from an idle pooled one.
 */
final class TransportTestSupport {

  /** A key used only by these tests, so that it cannot trip other tests' log checks. */
  static final String KEY = "TRANSPORT-9q7w+key/x=\u00e9&z";

  static final String ENCODED_KEY = ApiKey.percentEncode(KEY);

  private TransportTestSupport() {}

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the client's OkHttp connection pool. */
  static ConnectionPool pool(RocketCadClient client) throws ReflectiveOperationException {
    Field http = RocketCadClient.class.getDeclaredField("http");
    http.setAccessible(true);
    return ((OkHttpClient) http.get(client)).connectionPool();
  }

  /**
   * Returns how many of the client's connections are held by a call that has returned: every
   * connection that is neither idle in the pool nor released. After a call returns, this must be 0.
   */
  static int connectionsStillInUse(RocketCadClient client) throws ReflectiveOperationException {
    ConnectionPool pool = pool(client);
    return pool.connectionCount() - pool.idleConnectionCount();
  }

  /** Returns the text of the tests' SLF4J log file, or "" when there is none. */
  static String logFile() throws IOException {
    String file = System.getProperty("org.slf4j.simpleLogger.logFile");
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      return "";
    }
    return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
  }
}
