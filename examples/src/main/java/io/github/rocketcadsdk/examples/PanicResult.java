package io.github.rocketcadsdk.examples;

/** The outcome of a panic alert, from the game server's point of view. */
public enum PanicResult {
  /** RocketCAD accepted the alert. */
  SENT,

  /** The API key was rejected: fix the configuration, resending will not help. */
  KEY_REJECTED,

  /** RocketCAD is rate limiting the key: the alert was not raised. */
  RATE_LIMITED,

  /** No connection could be made, even after the client's retries: the alert was not raised. */
  NOT_SENT,

  /**
   * The connection broke or timed out after the request went out: the alert may have been raised.
   * The client never resends a panic in this case, and neither should the caller without checking.
   */
  MAY_HAVE_BEEN_SENT,

  /** Any other API error, such as a 404 or a 5xx. */
  FAILED
}
