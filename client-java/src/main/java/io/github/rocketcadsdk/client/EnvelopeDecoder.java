package io.github.rocketcadsdk.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.rocketcadsdk.client.exception.ApiConnectionException;
import io.github.rocketcadsdk.client.exception.ApiErrorException;
import io.github.rocketcadsdk.client.exception.ApiTimeoutException;
import io.github.rocketcadsdk.client.exception.AuthenticationException;
import io.github.rocketcadsdk.client.exception.BadRequestException;
import io.github.rocketcadsdk.client.exception.ErrorDetails;
import io.github.rocketcadsdk.client.exception.RateLimitException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.exception.ServerException;
import io.github.rocketcadsdk.client.exception.UnexpectedResponseException;
import io.github.rocketcadsdk.client.exception.WorkflowNotFoundException;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import io.github.rocketcadsdk.client.model.WorkflowResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads every response of the API into a {@link WorkflowEnvelope} or a typed {@link
 * RocketCadException}, for success and error statuses alike.
 *
 * <p>The body decides, not only the status: a RocketCAD coded failure arrives with HTTP 200 and
 * becomes an exception here. Nothing a server sends makes this class throw anything but a {@link
 * RocketCadException}: bodies that are empty, truncated, not JSON, of another shape or over {@link
 * #MAX_BODY_BYTES} become an {@link UnexpectedResponseException} or, for 5xx, a {@link
 * ServerException}.
 */
final class EnvelopeDecoder {

  /** Bodies above this size are not read; every documented body is under 200 bytes. */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** Length of the body excerpt that exceptions carry. */
  static final int SNIPPET_CHARS = 200;

  /** Longest API message an exception carries; longer ones are cut and end with an ellipsis. */
  static final int MAX_MESSAGE_CHARS = 500;

  /** The short link at the end of a coded failure's message, such as {@code modcol.co/e1a}. */
  private static final Pattern CODE_LINK =
      Pattern.compile("modcol\\.co/e([0-9][A-Za-z0-9]*)\\b", Pattern.CASE_INSENSITIVE);

  /** Header name to which the client moves a 503's {@code Retry-After}, out of OkHttp's reach. */
  static final String RENAMED_RETRY_AFTER = "X-RocketCad-Retry-After";

  private final ObjectMapper mapper;
  private final ApiKey apiKey;

  /** Reads a successful body straight into the model; see {@link #successfulEnvelope}. */
  private final ObjectReader envelopeReader;

  EnvelopeDecoder(ObjectMapper mapper, ApiKey apiKey) {
    this.mapper = mapper;
    this.apiKey = apiKey;
    this.envelopeReader = strictBooleans(mapper.copy()).readerFor(WorkflowEnvelope.class);
  }

  /**
   * Returns the envelope of a successful workflow, or throws the error the response carries. The
   * caller closes the response.
   */
  WorkflowEnvelope decode(Workflow workflow, Response response) {
    int status = response.code();
    String body = readBody(response, workflow);
    if (status >= 200 && status < 300) {
      WorkflowEnvelope envelope = successfulEnvelope(body);
      if (envelope != null) {
        return outcome(envelope, workflow, status);
      }
    }

    JsonNode json = parse(body);
    if (status >= 200 && status < 300) {
      if (json == null || !json.isObject()) {
        throw unexpected("The response is not JSON", workflow, status, body);
      }
      if (json.path("response").isObject()) {
        return workflowResult(json, workflow, status, body);
      }
    }
    throw errorEnvelope(json, workflow, status, response, body);
  }

  private WorkflowEnvelope workflowResult(
      JsonNode json, Workflow workflow, int status, String body) {
    JsonNode result = json.get("response");
    if (!result.path("success").isBoolean()) {
      throw unexpected(
          "The workflow result has no boolean \"success\" field", workflow, status, body);
    }

    WorkflowEnvelope envelope;
    try {
      envelope = mapper.treeToValue(json, WorkflowEnvelope.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw unexpected("The workflow result has fields of the wrong type", workflow, status, body);
    }
    return outcome(envelope, workflow, status);
  }

  /**
   * Reads a workflow envelope whose {@code response.success} is a JSON boolean straight into the
   * model, the common case, without building a tree first. Returns {@code null} for any other body,
   * which the tree-based path then examines to say what is wrong with it.
   */
  private WorkflowEnvelope successfulEnvelope(String body) {
    WorkflowEnvelope envelope;
    try {
      envelope = envelopeReader.readValue(body);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
    boolean complete =
        envelope != null
            && envelope.getResponse() != null
            && envelope.getResponse().getSuccess() != null;
    return complete ? envelope : null;
  }

  /**
   * Returns {@code mapper} set to accept only a JSON boolean for a boolean, as the tree path does.
   */
  private static ObjectMapper strictBooleans(ObjectMapper mapper) {
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  /** Masks the envelope's text, then returns it if the workflow succeeded or throws its error. */
  private WorkflowEnvelope outcome(WorkflowEnvelope envelope, Workflow workflow, int status) {
    WorkflowResult fields = envelope.getResponse();
    // The caller may log the envelope or its toString(), so an echoed key is masked here too.
    envelope.setStatus(apiKey.redact(envelope.getStatus()));
    fields.setMessage(apiKey.redact(fields.getMessage()));
    fields.setRequestID(apiKey.redact(fields.getRequestID()));
    if (fields.getSuccess()) {
      return envelope;
    }

    String message = bounded(fields.getMessage());
    String code = codeOf(message);
    ErrorDetails details = new ErrorDetails(workflow, status, code, message, fields.getRequestID());
    char family = code == null ? '?' : code.charAt(0);
    if (family == '1') {
      throw new AuthenticationException("The API key was rejected", details, null);
    }
    if (family == '2') {
      throw new RateLimitException("The API is rate limiting", details, null, null);
    }
    throw new ApiErrorException("The workflow failed", details, null);
  }

  /** Builds the error for a Bubble envelope, another JSON body, or no JSON at all. */
  private RocketCadException errorEnvelope(
      JsonNode json, Workflow workflow, int status, Response response, String body) {
    String bubbleStatus = null;
    String message = null;
    boolean unauthorizedEnvelope = false;
    if (json != null && json.isObject()) {
      JsonNode bubbleBody = json.path("body");
      bubbleStatus = textOrNull(bubbleBody.path("status"));
      message = textOrNull(bubbleBody.path("message"));
      if (json.has("error_class")) {
        unauthorizedEnvelope = "Unauthorized".equalsIgnoreCase(textOrNull(json.get("error_class")));
        message = firstText(json, "translation", "message", "error_class");
      }
      if (message == null) {
        // Problem details (RFC 9457), as mock servers such as Prism send them.
        message = firstText(json, "detail", "title", "message");
      }
    }
    boolean keyMissing = message != null && message.contains("parameter api_key");
    message = bounded(apiKey.redact(message));
    ErrorDetails details = new ErrorDetails(workflow, status, null, message, null);

    if ("MISSING_DATA".equals(bubbleStatus)) {
      if (keyMissing) {
        return new AuthenticationException("The API key is missing", details, null);
      }
      return new BadRequestException("A required parameter is missing", details, null);
    }
    if ("NOT_FOUND".equals(bubbleStatus)) {
      return new WorkflowNotFoundException("The workflow was not found", details, null);
    }
    if (unauthorizedEnvelope || status == 401 || status == 403) {
      return new AuthenticationException("The API key was rejected", details, null);
    }
    if (status == 429) {
      Duration retryAfter = retryAfterOf(response);
      return new RateLimitException("The API is rate limiting", details, retryAfter, null);
    }
    if (status >= 500) {
      ErrorDetails withSnippet =
          message != null ? details : new ErrorDetails(workflow, status, null, snippet(body), null);
      Duration retryAfter = retryAfterOf(response);
      return new ServerException(
          "The API failed with a server error", withSnippet, retryAfter, null);
    }
    if (json == null) {
      return unexpected("The response is not JSON", workflow, status, body);
    }
    if (status == 400) {
      return new BadRequestException("The API rejected the request", details, null);
    }
    if (status == 404) {
      return new WorkflowNotFoundException("The workflow was not found", details, null);
    }
    if (status >= 200 && status < 300) {
      return unexpected("The response is not a workflow envelope", workflow, status, body);
    }
    return new ApiErrorException("The API returned an error", details, null);
  }

  private String readBody(Response response, Workflow workflow) {
    ResponseBody responseBody = response.body();
    long length = responseBody.contentLength();
    byte[] bytes;
    try (InputStream in = responseBody.byteStream()) {
      // A known length within the limit is read into a buffer of exactly that size. Otherwise
      // JDK 17's readNBytes starts with an 8 KiB buffer, 40 times the size of a documented body.
      boolean fits = length >= 0 && length <= MAX_BODY_BYTES;
      bytes = fits ? in.readNBytes((int) length) : in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new ApiConnectionException(
            "Reading the response body was interrupted",
            new ErrorDetails(workflow, response.code(), null, null, null),
            true,
            null);
      }
      // A read timeout is a SocketTimeoutException; OkHttp's call timeout is its parent type.
      String summary =
          e instanceof SocketTimeoutException
              ? "The API did not send the whole response body in time"
              : "The call timed out while the response body arrived: it took longer than the call timeout";
      throw new ApiTimeoutException(
          summary, new ErrorDetails(workflow, response.code(), null, null, null), true, null);
    } catch (IOException e) {
      // The server sent a status line, so it received the request before the connection broke.
      throw new ApiConnectionException(
          "Reading the response body failed: " + apiKey.redact(e.getMessage()),
          new ErrorDetails(workflow, response.code(), null, null, null),
          true,
          null);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      String start = snippet(new String(bytes, StandardCharsets.UTF_8));
      String summary = "The response body is larger than " + MAX_BODY_BYTES + " bytes";
      if (response.code() >= 500) {
        // Still a server error, so that the retry policy treats it as one.
        throw new ServerException(
            "The API failed with a server error. " + summary,
            new ErrorDetails(workflow, response.code(), null, start, null),
            retryAfterOf(response),
            null);
      }
      throw new UnexpectedResponseException(
          summary, new ErrorDetails(workflow, response.code(), null, null, null), start, null);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private JsonNode parse(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private UnexpectedResponseException unexpected(
      String summary, Workflow workflow, int status, String body) {
    String snippet = snippet(body);
    String fullSummary = snippet.isEmpty() ? summary + " (empty body)" : summary;
    return new UnexpectedResponseException(
        fullSummary, new ErrorDetails(workflow, status, null, null, null), snippet, null);
  }

  /**
   * Returns the start of the body with the key masked. Masking comes first: cutting first could
   * leave the start of a key that straddles the cut, which masking no longer recognises.
   */
  private String snippet(String body) {
    String masked = apiKey.redact(body);
    String start = masked.length() > SNIPPET_CHARS ? masked.substring(0, SNIPPET_CHARS) : masked;
    return start.strip();
  }

  private static String bounded(String message) {
    if (message == null || message.length() <= MAX_MESSAGE_CHARS) {
      return message;
    }
    return message.substring(0, MAX_MESSAGE_CHARS) + "\u2026";
  }

  static String codeOf(String message) {
    if (message == null) {
      return null;
    }
    Matcher matcher = CODE_LINK.matcher(message);
    String code = null;
    while (matcher.find()) {
      code = matcher.group(1).toUpperCase(Locale.ROOT);
    }
    return code;
  }

  private static Duration retryAfterOf(Response response) {
    List<String> values = response.headers("Retry-After");
    if (values.isEmpty()) {
      values = response.headers(RENAMED_RETRY_AFTER);
    }
    return retryAfter(values);
  }

  /** Parses {@code Retry-After} as seconds or an HTTP date; returns {@code null} if unreadable. */
  static Duration retryAfter(List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    String value = values.get(0).trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static String textOrNull(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  private static String firstText(JsonNode json, String... fields) {
    for (String field : fields) {
      String text = textOrNull(json.get(field));
      if (text != null && !text.isEmpty()) {
        return text;
      }
    }
    return null;
  }
}
