package io.github.rocketcadsdk.client;

import io.github.rocketcadsdk.client.exception.RocketCadException;
import java.time.Duration;

/**
 * One attempt of a call, as reported to a {@link CallListener}.
 *
 * @param workflow the workflow called
 * @param attempt the attempt's number, starting at 1
 * @param httpStatus the HTTP status received, or 0 when no response was received
 * @param duration from sending the request to decoding the response or failing
 * @param requestId the request ID the API sent, or {@code null}
 * @param error the error of a failed attempt, or {@code null} for a successful one
 * @param willRetry whether the client will send the call again after this attempt
 */
public record CallEvent(
    Workflow workflow,
    int attempt,
    int httpStatus,
    Duration duration,
    String requestId,
    RocketCadException error,
    boolean willRetry) {

  /** Returns whether the attempt returned a successful workflow result. */
  public boolean succeeded() {
    return error == null;
  }
}
