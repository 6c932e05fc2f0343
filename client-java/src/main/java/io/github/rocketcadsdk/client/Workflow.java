package io.github.rocketcadsdk.client;

/**
 * A RocketCAD workflow, with the facts the client's retry policy depends on.
 *
 * <p>Every workflow is called as {@code POST /api/1.1/wf/<name>}.
 */
public enum Workflow {
  /** Checks an API key. Safe to repeat. */
  PING("ping", true),

  /** Raises a panic alert. Not idempotent: a second request raises a second alert. */
  PANIC("panic", false),

  /** Reports a player's location. Safe to repeat: the latest position wins. */
  LOCATIONPING("locationping", true),

  /** Opens a 911 call. Not idempotent: a second request opens a second call. */
  EMERGENCY_CALL("911", false);

  private static final String PATH_PREFIX = "/api/1.1/wf/";

  private final String workflowName;
  private final boolean idempotent;

  Workflow(String workflowName, boolean idempotent) {
    this.workflowName = workflowName;
    this.idempotent = idempotent;
  }

  /** Returns the workflow's name in the API, such as {@code 911}. */
  public String workflowName() {
    return workflowName;
  }

  /** Returns whether sending the workflow twice has the same effect as sending it once. */
  public boolean isIdempotent() {
    return idempotent;
  }

  /**
   * Returns the workflow whose path ends the given URL path, or {@code null} for any other path.
   * The base URL may add a prefix, as a mock or proxy might.
   */
  public static Workflow fromPath(String path) {
    int start = path.lastIndexOf(PATH_PREFIX);
    if (start < 0) {
      return null;
    }
    String name = path.substring(start + PATH_PREFIX.length());
    for (Workflow workflow : values()) {
      if (workflow.workflowName.equals(name)) {
        return workflow;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return workflowName;
  }
}
