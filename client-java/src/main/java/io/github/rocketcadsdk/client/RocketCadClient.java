package io.github.rocketcadsdk.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.client.api.WorkflowsApi;
import io.github.rocketcadsdk.client.exception.ApiConnectionException;
import io.github.rocketcadsdk.client.exception.ApiTimeoutException;
import io.github.rocketcadsdk.client.exception.ErrorDetails;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.EmergencyCallRequest;
import io.github.rocketcadsdk.client.model.LocationpingRequest;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.PingRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.LoggerFactory;

/**
 * The RocketCAD API client: configure the base URL and key once, then call a workflow.
 *
 * <pre>{@code
 * RocketCadClient client = RocketCadClient.builder().apiKey(System.getenv("ROCKETCAD_API_KEY")).build();
 * WorkflowEnvelope result = client.ping();
 * }</pre>
 *
 * <p>Each call returns the decoded envelope of a successful workflow or throws a {@link
 * RocketCadException} subtype; a RocketCAD coded failure, which the API sends with HTTP 200, is
 * thrown too. Calls are retried by the {@link RetryPolicy}, which never resends {@code panic} or
 * {@code 911} once the request may have reached the server.
 *
 * <p>One instance is safe to share across threads, and should be shared: it owns a connection pool.
 */
public final class RocketCadClient {

  /** The production API. Tests and mocks must set their own base URL. */
  public static final String DEFAULT_BASE_URL = "https://api.therocketcad.com";

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

  /** The maximum timeout the builder accepts. */
  public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RocketCadClient.class);

  private static final Pattern RETRY_AFTER_VALUE = Pattern.compile("[A-Za-z0-9 ,:+-]{1,64}");

  /** An HTTP header name: a token of RFC 9110. */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private final OkHttpClient http;
  private final OkHttpClient newConnectionEachCall;
  private final WorkflowRequests requests;
  private final ObjectMapper mapper;
  private final EnvelopeDecoder decoder;
  private final ApiKey apiKey;
  private final String baseUrl;
  private final RetryPolicy retryPolicy;
  private final List<CallListener> listeners;

  private RocketCadClient(Builder builder, ApiKey apiKey) {
    this.apiKey = apiKey;
    this.baseUrl = builder.baseUrl;
    this.retryPolicy = builder.retryPolicy;
    this.listeners = List.copyOf(builder.listeners);
    this.requests =
        new WorkflowRequests(WorkflowsApi.class, baseUrl, apiKey, builder.headers.build());
    this.mapper =
        new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    this.decoder = new EnvelopeDecoder(mapper, apiKey);

    OkHttpClient.Builder http =
        new OkHttpClient.Builder()
            .connectTimeout(builder.connectTimeout)
            .readTimeout(builder.readTimeout)
            .writeTimeout(builder.readTimeout)
            .callTimeout(builder.callTimeout())
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .addNetworkInterceptor(RocketCadClient::screened);
    if (builder.wireLogLevel != WireLogLevel.NONE) {
      http.addInterceptor(new WireLogger(builder.wireLogLevel, apiKey));
    }
    this.http = http.build();

    // panic and 911 each take a new connection, because the server may have closed a pooled one
    // just before reuse. A request sent on such a connection fails as one that may have reached
    // the server, and these two are never resent then.
    this.newConnectionEachCall =
        this.http.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
  }

  /** Returns a builder with the production base URL and default timeouts and retries. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the key with the documented call, which carries no body fields. */
  public WorkflowEnvelope ping() {
    return ping(null);
  }

  /** Checks the key, sending the optional fields; {@code null} sends an empty JSON object. */
  public WorkflowEnvelope ping(PingRequest request) {
    return call(Workflow.PING, request != null ? request : new PingRequest());
  }

  /** Raises a panic alert. Never resent once it may have reached the server. */
  public WorkflowEnvelope panic(PanicRequest request) {
    return call(Workflow.PANIC, request != null ? request : new PanicRequest());
  }

  /** Reports a player's location. */
  public WorkflowEnvelope locationping(LocationpingRequest request) {
    return call(Workflow.LOCATIONPING, request != null ? request : new LocationpingRequest());
  }

  /** Opens a 911 call. Never resent once it may have reached the server. */
  public WorkflowEnvelope emergencyCall(EmergencyCallRequest request) {
    return call(Workflow.EMERGENCY_CALL, request != null ? request : new EmergencyCallRequest());
  }

  private WorkflowEnvelope call(Workflow workflow, Object body) {
    byte[] json = toJson(workflow, body);
    for (int attempt = 1; ; attempt++) {
      long started = System.nanoTime();
      int status = 0;
      WorkflowEnvelope envelope = null;
      RocketCadException error = null;
      OkHttpClient sender = workflow.isIdempotent() ? http : newConnectionEachCall;
      try (Response response = sender.newCall(requests.request(workflow, json)).execute()) {
        status = response.code();
        envelope = decoder.decode(workflow, response);
      } catch (IOException e) {
        error = connectionError(workflow, redacted(e));
      } catch (RocketCadException e) {
        error = e;
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        // OkHttp, written in Kotlin, throws InterruptedException without declaring it.
        error = undeclaredError(workflow, e);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

      if (error == null) {
        reportSuccess(workflow, attempt, status, elapsed, envelope);
        return envelope;
      }

      Duration delay = retryPolicy.delayBeforeRetry(workflow, error, attempt);
      if (Thread.currentThread().isInterrupted()) {
        // An interrupted caller wants the call to end, so it is not retried.
        delay = null;
      }
      LOG.debug("{} failed in {} ms: {}", workflow, elapsed.toMillis(), error.getMessage());
      notify(
          new CallEvent(
              workflow,
              attempt,
              error.httpStatus(),
              elapsed,
              error.requestId(),
              error,
              delay != null));
      if (delay == null) {
        throw error;
      }

      LOG.warn(
          "{} attempt {} of {} failed, retrying in {} ms: {}",
          workflow,
          attempt,
          retryPolicy.maxAttempts(),
          delay.toMillis(),
          error.getMessage());
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw error;
      }
    }
  }

  /**
   * Logs a successful attempt and passes it to the listeners. Does nothing, and allocates nothing,
   * when DEBUG is off and there are no listeners, which is the default.
   */
  private void reportSuccess(
      Workflow workflow, int attempt, int status, Duration elapsed, WorkflowEnvelope envelope) {
    boolean debug = LOG.isDebugEnabled();
    if (!debug && listeners.isEmpty()) {
      return;
    }

    String requestId = envelope.getResponse().getRequestID();
    if (debug) {
      LOG.debug(
          "{} succeeded: HTTP {} in {} ms, request ID {}",
          workflow,
          status,
          elapsed.toMillis(),
          requestId);
    }
    notify(new CallEvent(workflow, attempt, status, elapsed, requestId, null, false));
  }

  private void notify(CallEvent event) {
    for (CallListener listener : listeners) {
      try {
        listener.onCall(event);
      } catch (RuntimeException e) {
        LOG.warn("Call listener {} failed on {}: {}", listener, event.workflow(), e.toString());
      }
    }
  }

  /**
   * Checks each response as it arrives, before OkHttp's own follow-up logic reads it.
   *
   * <p>A {@code Content-Length} that is not a non-negative number fails the call: OkHttp would read
   * a negative one as a body length and throw an {@link IllegalArgumentException} on every read,
   * and again when the response is closed, which leaves the connection held. The call is canceled
   * so that its connection is closed.
   *
   * <p>{@code Retry-After} on a 503 response is renamed. OkHttp 5.3.2 resends any request, panic
   * and 911 included, whose 503 carries {@code Retry-After: 0}, even with {@code
   * retryOnConnectionFailure} off, and throws a {@link NumberFormatException} on a value above
   * {@link Integer#MAX_VALUE}. The retry policy alone must decide on resending, so the decoder
   * reads the value from {@link EnvelopeDecoder#RENAMED_RETRY_AFTER} instead.
   */
  private static okhttp3.Response screened(Interceptor.Chain chain) throws IOException {
    okhttp3.Response response = chain.proceed(chain.request());
    String contentLength = response.header("Content-Length");
    if (contentLength != null && !isContentLength(contentLength)) {
      chain.call().cancel();
      throw new ProtocolException("The response has an invalid Content-Length: " + contentLength);
    }

    String retryAfter = response.code() == 503 ? response.header("Retry-After") : null;
    if (retryAfter == null) {
      return response;
    }

    okhttp3.Response.Builder renamed = response.newBuilder().removeHeader("Retry-After");
    // Only the characters of delay-seconds and HTTP dates are copied: OkHttp rejects a header
    // value with control characters, and the decoder could not parse one anyway.
    if (RETRY_AFTER_VALUE.matcher(retryAfter).matches()) {
      renamed.header(EnvelopeDecoder.RENAMED_RETRY_AFTER, retryAfter);
    }
    return renamed.build();
  }

  /**
   * Writes the request body. Only a value the caller put into a field typed {@code Object} can
   * fail, such as a type Jackson cannot write.
   */
  private byte[] toJson(Workflow workflow, Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The "
              + workflow
              + " request cannot be written as JSON: "
              + apiKey.redact(e.getOriginalMessage()));
    }
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

  /** Checks for 1 to 18 ASCII digits, without allocating: it runs on every response. */
  private static boolean isContentLength(String value) {
    if (value.isEmpty() || value.length() > 18) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Turns a checked exception that OkHttp throws without declaring it into a typed error. */
  private ApiConnectionException undeclaredError(Workflow workflow, Exception e) {
    ErrorDetails details = ErrorDetails.noResponse(workflow);
    if (e instanceof InterruptedException) {
      // Restores the flag that the exception cleared, so the caller can still see it.
      Thread.currentThread().interrupt();
      return new ApiConnectionException("The call was interrupted", details, true, e);
    }
    String reason = e.getClass().getSimpleName() + ": " + apiKey.redact(e.getMessage());
    return new ApiConnectionException("The call failed (" + reason + ")", details, true, null);
  }

  private static ApiConnectionException connectionError(Workflow workflow, IOException io) {
    ErrorDetails details = ErrorDetails.noResponse(workflow);
    String reason = io.getClass().getSimpleName() + ": " + io.getMessage();
    if (io instanceof InterruptedIOException && !(io instanceof SocketTimeoutException)) {
      if (Thread.currentThread().isInterrupted()) {
        return new ApiConnectionException("The call was interrupted", details, true, io);
      }
      // OkHttp reports the call timeout as an InterruptedIOException on a thread not interrupted.
      return new ApiTimeoutException(
          "The call timed out: it took longer than the call timeout (" + reason + ")",
          details,
          true,
          io);
    }
    if (io instanceof SocketTimeoutException) {
      boolean connecting =
          String.valueOf(io.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
      String summary =
          connecting ? "Connecting to the API timed out" : "The API did not answer in time";
      return new ApiTimeoutException(summary + " (" + reason + ")", details, !connecting, io);
    }
    boolean notSent =
        io instanceof ConnectException
            || io instanceof NoRouteToHostException
            || io instanceof UnknownHostException
            || io instanceof SSLHandshakeException;
    String summary = notSent ? "Connecting to the API failed" : "The connection to the API broke";
    return new ApiConnectionException(summary + " (" + reason + ")", details, !notSent, io);
  }

  @Override
  public String toString() {
    return "RocketCadClient[baseUrl="
        + baseUrl
        + ", apiKey="
        + ApiKey.MASK
        + ", "
        + retryPolicy
        + "]";
  }

  /** Configuration of a {@link RocketCadClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private WireLogLevel wireLogLevel = WireLogLevel.NONE;
    private final Headers.Builder headers = new Headers.Builder();
    private final List<CallListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the API's base URL, by default {@value RocketCadClient#DEFAULT_BASE_URL}. It must use
     * HTTPS, except on a loopback host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}), as
     * a local mock does.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the community's API key. Required; it is sent exactly as given, percent-encoded. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Sets how long to wait for a connection; default 5 seconds. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = requirePositive("connectTimeout", connectTimeout);
      return this;
    }

    /** Sets how long to wait for each read of the response; default 15 seconds. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = requirePositive("readTimeout", readTimeout);
      return this;
    }

    /**
     * Sets the longest time one attempt may take, from connecting to reading the whole response.
     * The default is the connect timeout plus twice the read timeout (35 seconds with the default
     * timeouts), which bounds a server that sends a slow trickle of bytes.
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = requirePositive("callTimeout", callTimeout);
      return this;
    }

    private Duration callTimeout() {
      if (callTimeout != null) {
        return callTimeout;
      }
      return connectTimeout.plus(readTimeout.multipliedBy(2));
    }

    /** Sets the retry policy; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      if (retryPolicy == null) {
        throw new IllegalArgumentException("retryPolicy must not be null; use RetryPolicy.none()");
      }
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Adds a header to every request, such as Prism's {@code Prefer} header that picks a mock
     * response. The header's value is visible in wire logs: never put a secret in it.
     */
    public Builder header(String name, String value) {
      if (name == null || name.isBlank() || value == null) {
        throw new IllegalArgumentException("A header needs a name and a value");
      }
      if (!HEADER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "The header name "
                + name
                + " is invalid: use letters, digits and !#$%&'*+-.^_`|~ only, with no colon");
      }
      try {
        headers.add(name, value);
      } catch (IllegalArgumentException e) {
        // OkHttp's message quotes the value, which the caller may not want in a stack trace.
        throw new IllegalArgumentException(
            "The header " + name + " has a character that HTTP headers do not allow");
      }
      return this;
    }

    /** Adds a listener that receives an event after every attempt of every call. */
    public Builder callListener(CallListener listener) {
      if (listener == null) {
        throw new IllegalArgumentException("listener must not be null");
      }
      listeners.add(listener);
      return this;
    }

    /**
     * Sets how much the wire log shows, logged at DEBUG under {@value WireLogger#NAME}; default
     * {@link WireLogLevel#NONE}. The key is masked at every level.
     */
    public Builder wireLogLevel(WireLogLevel level) {
      this.wireLogLevel = level == null ? WireLogLevel.NONE : level;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalArgumentException if the key is missing or the base URL is invalid or not
     *     HTTPS on a non-loopback host
     */
    public RocketCadClient build() {
      ApiKey key = new ApiKey(apiKey);
      baseUrl = validateBaseUrl(baseUrl, key);
      return new RocketCadClient(this, key);
    }

    /** Checks the base URL; every message masks the key, in case the URL was copied with it. */
    private static String validateBaseUrl(String url, ApiKey key) {
      try {
        return checkedBaseUrl(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(key.redact(e.getMessage()));
      }
    }

    private static String checkedBaseUrl(String url) {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("The base URL is missing");
      }
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("The base URL " + url + " is invalid: " + e.getReason());
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
        throw new IllegalArgumentException(
            "The base URL " + url + " is invalid: it needs an https:// scheme and a host");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "The base URL " + url + " must not have a query or fragment");
      }
      if (scheme.equals("http") && !isLoopback(uri.getHost())) {
        throw new IllegalArgumentException(
            "The base URL "
                + url
                + " uses plain HTTP, which would send the API key unencrypted. Use https://;"
                + " plain http:// is allowed only for loopback hosts (localhost, 127.0.0.0/8,"
                + " [::1]), such as a local mock.");
      }
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Decides from the name alone, without a DNS lookup. */
    static boolean isLoopback(String host) {
      String name = host.toLowerCase(Locale.ROOT);
      return name.equals("localhost")
          || name.equals("[::1]")
          || name.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    }

    private static Duration requirePositive(String name, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      if (value.compareTo(MAX_TIMEOUT) > 0) {
        throw new IllegalArgumentException(
            name + " must be at most " + MAX_TIMEOUT + ", got " + value);
      }
      return value;
    }
  }
}
