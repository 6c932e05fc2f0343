package io.github.rocketcadsdk.client.exception;

import java.time.Duration;

/**
 * The API is rate limiting this key: HTTP 429, or a RocketCAD coded failure whose code starts with
 * 2.
 */
public class RateLimitException extends RocketCadException {

  private final Duration retryAfter;

  public RateLimitException(
      String summary, ErrorDetails details, Duration retryAfter, Throwable cause) {
    super(summary, details, cause);
    this.retryAfter = retryAfter;
  }

  /** Returns the wait the server asked for in {@code Retry-After}, or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
