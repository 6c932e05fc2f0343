package io.github.rocketcadsdk.client.exception;

/**
 * The API key is missing, invalid or lacks permission: Bubble's {@code MISSING_DATA} error for
 * {@code api_key}, a 401 or 403, Bubble's {@code Unauthorized} envelope, or a RocketCAD coded
 * failure whose code starts with 1.
 */
public class AuthenticationException extends RocketCadException {

  public AuthenticationException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
