package io.github.rocketcadsdk.client.exception;

/**
 * An HTTP 5xx response. The API does not document these bodies; {@link #apiMessage()} holds a
 * bounded, key-masked excerpt of it.
 */
public class ServerException extends RocketCadException {

  public ServerException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
