package io.github.rocketcadsdk.client.exception;

/**
 * The API rejected the request as malformed: Bubble's {@code MISSING_DATA} error for a parameter
 * other than the key, or another HTTP 400.
 */
public class BadRequestException extends RocketCadException {

  public BadRequestException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
