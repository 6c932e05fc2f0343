package io.github.rocketcadsdk.client.exception;

/**
 * The connect or read timeout passed. After a read timeout the request may have reached the server.
 */
public class ApiTimeoutException extends ApiConnectionException {

  public ApiTimeoutException(
      String summary, ErrorDetails details, boolean requestMayHaveBeenSent, Throwable cause) {
    super(summary, details, requestMayHaveBeenSent, cause);
  }
}
