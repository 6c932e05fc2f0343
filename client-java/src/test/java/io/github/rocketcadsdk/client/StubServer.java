package io.github.rocketcadsdk.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 for tests: it records each request exactly as received and
 * replies with scripted responses, including broken ones that no real HTTP library would send.
 *
 * <p>Queued responses are used first, in order; after them, the handler replies (by default an HTTP
 * 500).
 */
final class StubServer implements AutoCloseable {

  /** A request as it crossed the wire. */
  record RecordedRequest(String requestLine, Map<String, String> headers, byte[] body) {

    /** Returns a header by case-insensitive name, or {@code null}. */
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** Returns the request target, such as {@code /api/1.1/wf/ping?api_key=...}. */
    String target() {
      return requestLine.split(" ")[1];
    }
  }

  /**
   * What the server does with a request.
   *
   * @param status the status line's code
   * @param headers extra headers; Content-Length is added unless {@code truncateAt} is set
   * @param body the body
   * @param delay how long to wait before sending anything
   * @param truncateAt when not negative, sends this many body bytes, then closes the connection
   * @param resetConnection when true, closes the connection with a TCP reset and sends nothing
   * @param closeAfter when true, closes the connection after the whole response, without a {@code
   *     Connection: close} header, as a server whose idle timeout ends just then does
   */
  record StubResponse(
      int status,
      Map<String, String> headers,
      byte[] body,
      Duration delay,
      int truncateAt,
      boolean resetConnection,
      boolean closeAfter) {

    static StubResponse json(int status, String body) {
      return of(status, "application/json", body);
    }

    static StubResponse of(int status, String contentType, String body) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", contentType);
      return new StubResponse(
          status, headers, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO, -1, false, false);
    }

    static StubResponse connectionReset() {
      return new StubResponse(0, Map.of(), new byte[0], Duration.ZERO, -1, true, false);
    }

    StubResponse withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new StubResponse(status, copy, body, delay, truncateAt, resetConnection, closeAfter);
    }

    StubResponse withDelay(Duration delay) {
      return new StubResponse(
          status, headers, body, delay, truncateAt, resetConnection, closeAfter);
    }

    StubResponse truncatedAt(int bytes) {
      return new StubResponse(status, headers, body, delay, bytes, resetConnection, closeAfter);
    }

    StubResponse thenClose() {
      return new StubResponse(status, headers, body, delay, truncateAt, resetConnection, true);
    }
  }

  private final ServerSocket serverSocket;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
  private final ConcurrentLinkedQueue<StubResponse> queued = new ConcurrentLinkedQueue<>();
  private final List<Socket> sockets = new ArrayList<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final AtomicInteger acceptedConnections = new AtomicInteger();
  private final AtomicInteger closedConnections = new AtomicInteger();
  private volatile Function<RecordedRequest, StubResponse> handler =
      request -> StubResponse.of(500, "text/plain", "no response queued");
  private volatile RawReply rawReply;

  /** Bytes written as the whole response, for replies that break HTTP in ways no status can. */
  interface RawReply {
    void write(Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  private StubServer(ServerSocket serverSocket) {
    this.serverSocket = serverSocket;
  }

  static StubServer start() throws IOException {
    StubServer server = new StubServer(new ServerSocket(0, 256, InetAddress.getLoopbackAddress()));
    server.workers.execute(server::acceptLoop);
    return server;
  }

  /**
   * Returns the base URL of a loopback port that was just bound and closed, so that connecting to
   * it is refused.
   */
  static String refusingBaseUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  void enqueue(StubResponse response) {
    queued.add(response);
  }

  void setHandler(Function<RecordedRequest, StubResponse> handler) {
    this.handler = handler;
  }

  /** Responds to every request with {@code reply} instead of a scripted response. */
  void setRawReply(RawReply reply) {
    this.rawReply = reply;
  }

  /** Returns the next recorded request, waiting up to 5 seconds; fails if none arrives. */
  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = requests.poll(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the stub server within 5 s");
    }
    return request;
  }

  /** Returns how many requests the server has received in full. */
  int requestCount() {
    return requestCount.get();
  }

  /** Returns how many connections the server has accepted. */
  int acceptedConnections() {
    return acceptedConnections.get();
  }

  /**
   * Returns how many accepted connections are still open: the client has not closed them, and the
   * server has not closed them after a scripted response.
   */
  int openConnections() {
    return acceptedConnections.get() - closedConnections.get();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        acceptedConnections.incrementAndGet();
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
      while (true) {
        RecordedRequest request = readRequest(in);
        if (request == null) {
          return;
        }
        requestCount.incrementAndGet();
        requests.add(request);
        RawReply raw = rawReply;
        if (raw != null) {
          raw.write(socket, out);
          out.flush();
          continue;
        }
        StubResponse response = queued.poll();
        if (response == null) {
          response = handler.apply(request);
        }
        if (!respond(socket, out, response)) {
          return;
        }
      }
    } catch (IOException e) {
      // The client closed the connection or a test closed the server.
    } catch (InterruptedException e) {
      // The server is closing and stopped a raw reply that was waiting.
      Thread.currentThread().interrupt();
    } finally {
      closedConnections.incrementAndGet();
    }
  }

  /** Writes the response; returns whether the connection stays open. */
  private static boolean respond(Socket socket, OutputStream out, StubResponse response)
      throws IOException {
    if (!response.delay().isZero()) {
      try {
        Thread.sleep(response.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    if (response.resetConnection()) {
      socket.setSoLinger(true, 0);
      return false;
    }

    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ").append(response.status()).append(" Stub\r\n");
    response
        .headers()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(response.body().length).append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));

    if (response.truncateAt() >= 0) {
      out.write(response.body(), 0, Math.min(response.truncateAt(), response.body().length));
      out.flush();
      socket.setSoLinger(true, 0);
      return false;
    }
    out.write(response.body());
    out.flush();
    return !response.closeAfter();
  }

  private static RecordedRequest readRequest(InputStream in) throws IOException {
    String requestLine = readLine(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new RecordedRequest(requestLine, headers, body);
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
        } catch (SocketException e) {
          // Already closed.
        }
      }
    }
    workers.shutdownNow();
  }
}
