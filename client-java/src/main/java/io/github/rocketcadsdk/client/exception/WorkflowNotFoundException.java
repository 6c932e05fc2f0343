package io.github.rocketcadsdk.client.exception;

/**
 * Bubble's {@code NOT_FOUND} error, HTTP 404: the workflow does not exist. The API's documentation
 * says it can also mean a temporary outage.
 */
public class WorkflowNotFoundException extends RocketCadException {

  public WorkflowNotFoundException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
