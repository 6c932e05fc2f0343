package io.github.rocketcadsdk.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

/**
 * A Feign {@link Client} that appends the {@code api_key} query parameter just before a request is
 * sent.
 *
 * <p>Adding the key here, below Feign's templating, keeps it out of every URL that Feign puts in
 * log lines and exception messages: they all see the request without the key. The response returned
 * carries that keyless request too.
 */
final class ApiKeyClient implements Client {

  /** Status of the last response this thread received, for the client's DEBUG log line. */
  private static final ThreadLocal<Integer> LAST_STATUS = new ThreadLocal<>();

  private final Client delegate;
  private final ApiKey apiKey;

  ApiKeyClient(Client delegate, ApiKey apiKey) {
    this.delegate = delegate;
    this.apiKey = apiKey;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    String url = request.url();
    String separator = url.indexOf('?') >= 0 ? "&" : "?";
    Request keyed =
        Request.create(
            request.httpMethod(),
            url + separator + "api_key=" + apiKey.encodedValue(),
            request.headers(),
            request.body(),
            request.charset(),
            request.requestTemplate());

    Response response;
    try {
      response = delegate.execute(keyed, options);
    } catch (IOException e) {
      throw redacted(e);
    }
    LAST_STATUS.set(response.status());
    return response.toBuilder().request(request).build();
  }

  /** Returns the status of the last response received on this thread, or {@code null}. */
  static Integer lastStatus() {
    return LAST_STATUS.get();
  }

  /**
   * Returns {@code e}, or a copy without the key and without causes when its message or a cause's
   * message contains the key. The copy keeps the kinds the client tells apart: timeout, refused
   * connection, other I/O error.
   */
  private IOException redacted(IOException e) {
    boolean containsKey = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(apiKey.redact(message))) {
        containsKey = true;
      }
    }
    if (!containsKey) {
      return e;
    }

    String message = apiKey.redact(String.valueOf(e.getMessage()));
    IOException copy;
    if (e instanceof SocketTimeoutException) {
      copy = new SocketTimeoutException(message);
    } else if (e instanceof ConnectException) {
      copy = new ConnectException(message);
    } else {
      copy = new IOException(e.getClass().getName() + ": " + message);
    }
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
