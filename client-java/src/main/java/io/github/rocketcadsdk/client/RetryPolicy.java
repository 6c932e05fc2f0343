package io.github.rocketcadsdk.client;

import io.github.rocketcadsdk.client.exception.ApiConnectionException;
import io.github.rocketcadsdk.client.exception.RateLimitException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.exception.ServerException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long the client waits before sending a failed call again.
 *
 * <p>The rules follow what each workflow does:
 *
 * <ul>
 *   <li>{@code ping} and {@code locationping} are safe to repeat. They are retried after a
 *       connection failure or timeout, an HTTP 5xx, and rate limiting (HTTP 429 or a coded failure
 *       starting with 2).
 *   <li>{@code panic} and {@code 911} are not: a second request raises a second alert or call. They
 *       are retried only when the connection could not be made, because then the request cannot
 *       have reached the server. They are never retried after a timeout, a broken connection or any
 *       response.
 * </ul>
 *
 * <p>The wait grows exponentially from {@link #initialBackoff()} up to {@link #maxBackoff()}, and
 * each wait is random in the upper half of that ceiling. A {@code Retry-After} from the server sets
 * the minimum wait. If it is longer than {@link #maxRetryAfter()}, the call fails with the
 * rate-limit or server error at once instead of waiting.
 */
public final class RetryPolicy {

  /** The maximum wait that any limit may set. */
  public static final Duration MAX_WAIT = Duration.ofHours(1);

  private static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(30));

  private static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    requireNonNegative("initialBackoff", initialBackoff);
    requireNonNegative("maxBackoff", maxBackoff);
    requireNonNegative("maxRetryAfter", maxRetryAfter);
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryAfter = maxRetryAfter;
  }

  /** Returns the default: 3 attempts, waits from 250 ms up to 4 s, Retry-After up to 30 s. */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** Returns a policy that sends every call once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a policy with the given limits.
   *
   * @param maxAttempts attempts per call, the first included; 1 disables retries
   * @param initialBackoff upper bound of the wait before the first retry
   * @param maxBackoff upper bound of any wait computed by backoff
   * @param maxRetryAfter the longest {@code Retry-After} the client honours by waiting
   */
  public static RetryPolicy of(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns the wait before attempt {@code attempt + 1} after {@code error}, or {@code null} when
   * the call must not be sent again.
   */
  Duration delayBeforeRetry(Workflow workflow, RocketCadException error, int attempt) {
    if (attempt >= maxAttempts || !isRetryable(workflow, error)) {
      return null;
    }

    Duration retryAfter = null;
    if (error instanceof RateLimitException rateLimit) {
      retryAfter = rateLimit.retryAfter();
    } else if (error instanceof ServerException serverError) {
      retryAfter = serverError.retryAfter();
    }
    if (retryAfter != null && retryAfter.compareTo(maxRetryAfter) > 0) {
      return null;
    }

    Duration backoff = backoff(attempt);
    if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
      return retryAfter;
    }
    return backoff;
  }

  private static boolean isRetryable(Workflow workflow, RocketCadException error) {
    if (workflow == null) {
      return false;
    }
    if (error instanceof ApiConnectionException connection) {
      return workflow.isIdempotent() || !connection.requestMayHaveBeenSent();
    }
    if (!workflow.isIdempotent()) {
      return false;
    }
    return error instanceof ServerException || error instanceof RateLimitException;
  }

  /** Exponential backoff with jitter: a random wait in the upper half of the capped ceiling. */
  private Duration backoff(int attempt) {
    long ceiling = initialBackoff.toMillis();
    for (int i = 1; i < attempt && ceiling < maxBackoff.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, maxBackoff.toMillis());
    if (ceiling <= 0) {
      return Duration.ZERO;
    }
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }

  private static void requireNonNegative(String name, Duration value) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive, got " + value);
    }
    if (value.compareTo(MAX_WAIT) > 0) {
      throw new IllegalArgumentException(name + " must be at most " + MAX_WAIT + ", got " + value);
    }
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + "]";
  }
}
