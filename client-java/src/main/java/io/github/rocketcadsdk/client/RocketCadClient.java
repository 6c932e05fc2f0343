package io.github.rocketcadsdk.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.DecodeException;
import feign.jackson.JacksonEncoder;
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
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
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

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RocketCadClient.class);

  private static final Pattern RETRY_AFTER_VALUE = Pattern.compile("[A-Za-z0-9 ,:+-]{1,64}");

  private final WorkflowsApi api;
  private final String baseUrl;
  private final RetryPolicy retryPolicy;
  private final List<CallListener> listeners;

  private RocketCadClient(Builder builder, ApiKey apiKey) {
    this.baseUrl = builder.baseUrl;
    this.retryPolicy = builder.retryPolicy;
    this.listeners = List.copyOf(builder.listeners);

    ObjectMapper mapper =
        new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    EnvelopeDecoder decoder = new EnvelopeDecoder(mapper, apiKey);

    // Feign's options must equal the OkHttp client's settings: where they differ, feign-okhttp
    // builds a derived OkHttp client for every call.
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(builder.connectTimeout)
            .readTimeout(builder.readTimeout)
            .writeTimeout(builder.readTimeout)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .addNetworkInterceptor(RocketCadClient::withoutServiceUnavailableRetryAfter)
            .build();
    Request.Options options =
        new Request.Options(
            builder.connectTimeout.toMillis(),
            TimeUnit.MILLISECONDS,
            builder.readTimeout.toMillis(),
            TimeUnit.MILLISECONDS,
            false);

    this.api =
        Feign.builder()
            .client(new ApiKeyClient(new feign.okhttp.OkHttpClient(http), apiKey))
            .encoder(new JacksonEncoder(mapper))
            .decoder(decoder)
            .errorDecoder(decoder)
            .retryer(Retryer.NEVER_RETRY)
            .options(options)
            .requestInterceptors(builder.requestInterceptors)
            .logger(new WireLogger(apiKey))
            .logLevel(builder.wireLogLevel)
            .target(WorkflowsApi.class, baseUrl);
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
    PingRequest body = request != null ? request : new PingRequest();
    return call(Workflow.PING, () -> api.ping(body));
  }

  /** Raises a panic alert. Never resent once it may have reached the server. */
  public WorkflowEnvelope panic(PanicRequest request) {
    PanicRequest body = request != null ? request : new PanicRequest();
    return call(Workflow.PANIC, () -> api.panic(body));
  }

  /** Reports a player's location. */
  public WorkflowEnvelope locationping(LocationpingRequest request) {
    LocationpingRequest body = request != null ? request : new LocationpingRequest();
    return call(Workflow.LOCATIONPING, () -> api.locationping(body));
  }

  /** Opens a 911 call. Never resent once it may have reached the server. */
  public WorkflowEnvelope emergencyCall(EmergencyCallRequest request) {
    EmergencyCallRequest body = request != null ? request : new EmergencyCallRequest();
    return call(Workflow.EMERGENCY_CALL, () -> api.emergencyCall(body));
  }

  private WorkflowEnvelope call(Workflow workflow, Supplier<WorkflowEnvelope> send) {
    for (int attempt = 1; ; attempt++) {
      long started = System.nanoTime();
      WorkflowEnvelope envelope = null;
      RocketCadException error = null;
      try {
        envelope = send.get();
      } catch (RuntimeException e) {
        error = translate(workflow, e);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

      if (error == null) {
        reportSuccess(workflow, attempt, elapsed, envelope);
        return envelope;
      }

      Duration delay = retryPolicy.delayBeforeRetry(workflow, error, attempt);
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
      Workflow workflow, int attempt, Duration elapsed, WorkflowEnvelope envelope) {
    boolean debug = LOG.isDebugEnabled();
    if (!debug && listeners.isEmpty()) {
      return;
    }

    Integer status = ApiKeyClient.lastStatus();
    String requestId = envelope.getResponse().getRequestID();
    if (debug) {
      LOG.debug(
          "{} succeeded: HTTP {} in {} ms, request ID {}",
          workflow,
          status,
          elapsed.toMillis(),
          requestId);
    }
    notify(
        new CallEvent(
            workflow, attempt, status == null ? 0 : status, elapsed, requestId, null, false));
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
   * Renames {@code Retry-After} on a 503 response before OkHttp's own follow-up logic reads it.
   * OkHttp (5.3.2, as feign-okhttp 13.12 brings it) resends any request, panic and 911 included,
   * whose 503 carries {@code Retry-After: 0}, even with {@code retryOnConnectionFailure} off, and
   * throws a {@link NumberFormatException} on a value above {@link Integer#MAX_VALUE}. The retry
   * policy alone must decide on resending, so the decoder reads the value from {@link
   * EnvelopeDecoder#RENAMED_RETRY_AFTER} instead.
   */
  private static okhttp3.Response withoutServiceUnavailableRetryAfter(Interceptor.Chain chain)
      throws IOException {
    okhttp3.Response response = chain.proceed(chain.request());
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

  /** Turns whatever Feign threw into the client's typed error. */
  private static RocketCadException translate(Workflow workflow, RuntimeException e) {
    if (e instanceof RocketCadException typed) {
      return typed;
    }
    if (e instanceof DecodeException && e.getCause() instanceof RocketCadException typed) {
      return typed;
    }
    if (e instanceof FeignException && e.getCause() instanceof IOException io) {
      return connectionError(workflow, io);
    }
    throw e;
  }

  private static ApiConnectionException connectionError(Workflow workflow, IOException io) {
    ErrorDetails details = ErrorDetails.noResponse(workflow);
    String reason = io.getClass().getSimpleName() + ": " + io.getMessage();
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

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
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
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Logger.Level wireLogLevel = Logger.Level.NONE;
    private final List<RequestInterceptor> requestInterceptors = new ArrayList<>();
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
      requestInterceptors.add(template -> template.header(name, List.of(value)));
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
     * Sets Feign's wire log level, logged at DEBUG under {@value WireLogger#NAME}; default {@code
     * NONE}. The key is masked at every level.
     */
    public Builder wireLogLevel(Logger.Level level) {
      this.wireLogLevel = level == null ? Logger.Level.NONE : level;
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
      baseUrl = validateBaseUrl(baseUrl);
      return new RocketCadClient(this, key);
    }

    private static String validateBaseUrl(String url) {
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
      return value;
    }
  }
}
