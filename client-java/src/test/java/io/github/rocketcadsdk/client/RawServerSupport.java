package io.github.rocketcadsdk.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Helpers for the transport tests: a raw-byte HTTP server on 127.0.0.1 whose replies may break HTTP
 * in ways {@link StubServer} cannot script (any header block, dripped bytes), and access to the
 * client's connection pool to tell a leaked connection from an idle pooled one.
 */
final class RawServerSupport {

  /** A key used only by these tests, so that it cannot trip other tests' log checks. */
  static final String KEY = "REVIEW-9q7w+key/x=\u00e9&z";

  static final String ENCODED_KEY = ApiKey.percentEncode(KEY);

  private RawServerSupport() {}

  /** What the raw server writes for the n-th request (0-based), and whether it then closes. */
  interface Reply {
    void write(int index, Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  /** A raw HTTP/1.1 server on 127.0.0.1 that responds to every request with scripted bytes. */
  static final class RawServer implements AutoCloseable {
    private final ServerSocket serverSocket;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final List<Socket> sockets = new ArrayList<>();
    private final Reply reply;

    RawServer(Reply reply) throws IOException {
      this.reply = reply;
      this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      workers.execute(this::acceptLoop);
    }

    String baseUrl() {
      return "http://127.0.0.1:" + serverSocket.getLocalPort();
    }

    int requestCount() {
      return requests.get();
    }

    int openConnections() {
      return accepted.get() - closed.get();
    }

    private void acceptLoop() {
      while (!serverSocket.isClosed()) {
        try {
          Socket socket = serverSocket.accept();
          accepted.incrementAndGet();
          synchronized (sockets) {
            sockets.add(socket);
          }
          workers.execute(() -> serve(socket));
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket socket) {
      try (socket) {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        while (readRequest(in)) {
          int index = requests.getAndIncrement();
          reply.write(index, socket, out);
          out.flush();
        }
      } catch (IOException | InterruptedException e) {
        // Client went away or the test closed the server.
      } finally {
        closed.incrementAndGet();
      }
    }

    private static boolean readRequest(InputStream in) throws IOException {
      String line = readLine(in);
      if (line == null || line.isEmpty()) {
        return false;
      }
      int length = 0;
      for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
        int colon = h.indexOf(':');
        if (h.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
          length = Integer.parseInt(h.substring(colon + 1).trim());
        }
      }
      in.readNBytes(length);
      return true;
    }

    private static String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          String text = line.toString(StandardCharsets.ISO_8859_1);
          return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }
        line.write(b);
      }
      return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
      serverSocket.close();
      synchronized (sockets) {
        for (Socket socket : sockets) {
          try {
            socket.close();
          } catch (IOException e) {
            // Already closed.
          }
        }
      }
      workers.shutdownNow();
    }
  }

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
