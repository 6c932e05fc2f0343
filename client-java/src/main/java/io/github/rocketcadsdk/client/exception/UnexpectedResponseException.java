package io.github.rocketcadsdk.client.exception;

/**
 * A response the client cannot read as any envelope of the API: HTML, an empty or truncated body,
 * JSON of another shape, or a body over the size limit.
 */
public class UnexpectedResponseException extends RocketCadException {

  private final String bodySnippet;

  public UnexpectedResponseException(
      String summary, ErrorDetails details, String bodySnippet, Throwable cause) {
    super(summary, details, cause);
    this.bodySnippet = bodySnippet;
  }

  /** Returns the start of the body, bounded in length and with the key masked; may be empty. */
  public String bodySnippet() {
    return bodySnippet;
  }
}
