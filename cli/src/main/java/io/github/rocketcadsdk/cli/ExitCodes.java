package io.github.rocketcadsdk.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Exit codes of the {@code rocketcad} command, one per kind of outcome. */
public final class ExitCodes {

  /** The workflow succeeded. */
  public static final int SUCCESS = 0;

  /** An unexpected internal error, with a stack trace on standard error. */
  public static final int INTERNAL_ERROR = 1;

  /** Invalid command line, missing or unreadable API key, or invalid base URL. Nothing was sent. */
  public static final int USAGE = 2;

  /** The API key is missing, invalid or lacks permission ({@code AuthenticationException}). */
  public static final int AUTHENTICATION = 3;

  /** The API is rate limiting this key ({@code RateLimitException}). */
  public static final int RATE_LIMITED = 4;

  /** The connection failed or timed out ({@code ApiConnectionException}, timeouts included). */
  public static final int NETWORK = 5;

  /** Any other API error: 400, 404, 5xx, another coded failure, or an unreadable response. */
  public static final int API_ERROR = 6;

  private ExitCodes() {}

  /** Returns each exit code and its description, in order, for the help text. */
  static Map<String, String> descriptions() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(Integer.toString(SUCCESS), "The workflow succeeded.");
    codes.put(Integer.toString(INTERNAL_ERROR), "Internal error (a bug; see standard error).");
    codes.put(
        Integer.toString(USAGE),
        "Invalid command line, missing or unreadable API key, or invalid base URL.");
    codes.put(
        Integer.toString(AUTHENTICATION),
        "The API key was rejected: invalid or lacking permission.");
    codes.put(Integer.toString(RATE_LIMITED), "The API is rate limiting this key.");
    codes.put(Integer.toString(NETWORK), "The connection failed or timed out.");
    codes.put(
        Integer.toString(API_ERROR),
        "Any other API error: 400, 404, 5xx, another coded failure, or an unreadable response.");
    return codes;
  }
}
