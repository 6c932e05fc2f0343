package io.github.rocketcadsdk.client.exception;

/** The call failed below HTTP: the connection could not be made, or broke. */
public class ApiConnectionException extends RocketCadException {

  private final boolean requestMayHaveBeenSent;

  public ApiConnectionException(
      String summary, ErrorDetails details, boolean requestMayHaveBeenSent, Throwable cause) {
    super(summary, details, cause);
    this.requestMayHaveBeenSent = requestMayHaveBeenSent;
  }

  /**
   * Returns whether the request may have reached the server. It is {@code false} only when the
   * connection could not be made, the one case in which resending a panic or 911 call is safe.
   */
  public boolean requestMayHaveBeenSent() {
    return requestMayHaveBeenSent;
  }
}
