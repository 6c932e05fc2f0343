package io.github.rocketcadsdk.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs requests and responses at DEBUG under the logger {@value #NAME}, with the detail that its
 * {@link WireLogLevel} sets.
 *
 * <p>The {@code api_key} query value is replaced by a mask before the URL is logged, and every line
 * is masked as well, in case a response body echoes the key. The client adds this interceptor only
 * when the level is not {@link WireLogLevel#NONE}, so the default costs nothing per call.
 */
final class WireLogger implements Interceptor {

  static final String NAME = "io.github.rocketcadsdk.client.wire";

  /** Maximum number of body characters the log shows; the documented bodies are under 200. */
  static final int MAX_LOGGED_BODY_CHARS = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(NAME);

  private final WireLogLevel level;
  private final ApiKey apiKey;
  private final Consumer<String> sink;

  WireLogger(WireLogLevel level, ApiKey apiKey) {
    this(level, apiKey, null);
  }

  /** Creates a logger that sends its lines to {@code sink} instead of SLF4J, for tests. */
  WireLogger(WireLogLevel level, ApiKey apiKey, Consumer<String> sink) {
    this.level = level;
    this.apiKey = apiKey;
    this.sink = sink;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (sink == null && !LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }

    String requestLine = request.method() + " " + withoutKey(request.url());
    log("---> " + requestLine);
    if (level.compareTo(WireLogLevel.HEADERS) >= 0) {
      logHeaders(request.headers());
      if (request.body() != null && request.body().contentType() != null) {
        log("Content-Type: " + request.body().contentType());
      }
    }
    if (level == WireLogLevel.FULL && request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      log("");
      log(loggable(body.readUtf8(), false));
    }
    if (level.compareTo(WireLogLevel.HEADERS) >= 0) {
      log("---> END " + request.method());
    }

    long started = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<--- " + e.getClass().getSimpleName() + ": " + e.getMessage() + " " + requestLine);
      throw e;
    }
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    log("<--- " + response.code() + " " + requestLine + " (" + tookMillis + " ms)");
    if (level.compareTo(WireLogLevel.HEADERS) >= 0) {
      logHeaders(response.headers());
    }
    if (level == WireLogLevel.FULL) {
      log("");
      log(responseBody(response));
    }
    if (level.compareTo(WireLogLevel.HEADERS) >= 0) {
      log("<--- END " + response.code());
    }
    return response;
  }

  /**
   * Returns the start of the response body for the log. It reads the key's encoded length in bytes
   * beyond the logged part, so that a key which starts in the logged part is masked whole.
   */
  private String responseBody(Response response) throws IOException {
    long limit = MAX_LOGGED_BODY_CHARS + apiKey.encodedValue().length();
    byte[] start;
    try {
      start = response.peekBody(limit + 1).bytes();
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
    boolean cut = start.length > limit;
    int length = cut ? (int) limit : start.length;
    return loggable(new String(start, 0, length, StandardCharsets.UTF_8), cut);
  }

  /**
   * Masks the key in {@code text}, then cuts it to {@link #MAX_LOGGED_BODY_CHARS} characters. When
   * {@code text} is itself the start of a longer body, its last characters may hold the start of a
   * key that masking cannot recognise, so as many characters as the encoded key has are dropped
   * first.
   */
  private String loggable(String text, boolean cut) {
    String masked = apiKey.redact(text);
    if (cut) {
      masked = masked.substring(0, Math.max(0, masked.length() - apiKey.encodedValue().length()));
    }
    if (masked.length() > MAX_LOGGED_BODY_CHARS) {
      masked = masked.substring(0, MAX_LOGGED_BODY_CHARS);
      cut = true;
    }
    return cut ? masked + " [cut]" : masked;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      log(headers.name(i) + ": " + headers.value(i));
    }
  }

  private void log(String line) {
    String masked = apiKey.redact(line);
    if (sink != null) {
      sink.accept(masked);
    } else {
      LOG.debug(masked);
    }
  }

  /** Returns the URL with the {@code api_key} value replaced by the mask. */
  private static String withoutKey(HttpUrl url) {
    if (url.queryParameter("api_key") == null) {
      return url.toString();
    }
    return url.newBuilder().setQueryParameter("api_key", ApiKey.MASK).build().toString();
  }
}
