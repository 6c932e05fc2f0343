package io.github.rocketcadsdk.client.exception;

import io.github.rocketcadsdk.client.Workflow;

/**
 * Base type of every error the RocketCAD client throws for a call.
 *
 * <p>The message starts with what failed and ends with the context: workflow, HTTP status,
 * RocketCAD code and request ID, where known. No message, {@code toString()} or cause of these
 * exceptions contains the API key.
 */
public abstract class RocketCadException extends RuntimeException {

  private final ErrorDetails details;

  protected RocketCadException(String summary, ErrorDetails details, Throwable cause) {
    super(compose(summary, details), cause);
    this.details = details;
  }

  /** Returns the workflow that was called, or {@code null} if the URL named no known workflow. */
  public Workflow workflow() {
    return details.workflow();
  }

  /** Returns the HTTP status received, or 0 when no response was received. */
  public int httpStatus() {
    return details.httpStatus();
  }

  /** Returns the RocketCAD code such as {@code 1A}, or {@code null} when the API sent none. */
  public String code() {
    return details.code();
  }

  /** Returns the message the API sent, with the key masked, or {@code null}. */
  public String apiMessage() {
    return details.apiMessage();
  }

  /** Returns the request ID the API sent, or {@code null}; Bubble errors carry none. */
  public String requestId() {
    return details.requestId();
  }

  /** Returns all of the above at once. */
  public ErrorDetails details() {
    return details;
  }

  private static String compose(String summary, ErrorDetails details) {
    StringBuilder message = new StringBuilder(summary);
    if (details.apiMessage() != null && !details.apiMessage().isEmpty()) {
      message.append(": ").append(details.apiMessage());
    }

    StringBuilder context = new StringBuilder();
    if (details.workflow() != null) {
      context.append("workflow ").append(details.workflow().workflowName());
    }
    if (details.httpStatus() != 0) {
      appendPart(context, "HTTP " + details.httpStatus());
    }
    if (details.code() != null) {
      appendPart(context, "code " + details.code());
    }
    if (details.requestId() != null) {
      appendPart(context, "request ID " + details.requestId());
    }
    if (context.length() > 0) {
      message.append(" (").append(context).append(')');
    }
    return message.toString();
  }

  private static void appendPart(StringBuilder context, String part) {
    if (context.length() > 0) {
      context.append(", ");
    }
    context.append(part);
  }
}
