package io.github.rocketcadsdk.client;

/** How much of each request and response the wire log shows. */
public enum WireLogLevel {
  /** No wire log. The default. */
  NONE,

  /** The request line, the response status and the time taken. */
  BASIC,

  /** {@link #BASIC}, plus the headers of the request and the response. */
  HEADERS,

  /** {@link #HEADERS}, plus the bodies of the request and the response. */
  FULL
}
