package io.github.rocketcadsdk.client.exception;

import io.github.rocketcadsdk.client.Workflow;

/**
 * The known facts of a failed call. Every field but the workflow may be absent.
 *
 * @param workflow the workflow called
 * @param httpStatus the HTTP status received, or 0 when no response was received
 * @param code the RocketCAD code parsed from the message's short link, such as {@code 1A}, or
 *     {@code null}
 * @param apiMessage the message the API sent, with the API key masked, or {@code null}
 * @param requestId the request ID the API sent, or {@code null}; Bubble errors carry none
 */
public record ErrorDetails(
    Workflow workflow, int httpStatus, String code, String apiMessage, String requestId) {

  /** Returns details for a call that received no response. */
  public static ErrorDetails noResponse(Workflow workflow) {
    return new ErrorDetails(workflow, 0, null, null, null);
  }
}
