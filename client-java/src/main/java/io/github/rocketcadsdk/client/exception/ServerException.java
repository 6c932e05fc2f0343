package io.github.rocketcadsdk.client.exception;

import java.time.Duration;

/**
 * An HTTP 5xx response. The API does not document these bodies; {@link #apiMessage()} contains the
 * message of a JSON body or a bounded, key-masked excerpt of any other body.
 */
public class ServerException extends RocketCadException {

  private final Duration retryAfter;

  public ServerException(
      String summary, ErrorDetails details, Duration retryAfter, Throwable cause) {
    super(summary, details, cause);
    this.retryAfter = retryAfter;
  }

  /** Returns the wait the server asked for in {@code Retry-After}, or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
