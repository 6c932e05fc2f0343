package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RocketCadClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a positive number of seconds, such as {@code 2} or {@code 0.5}, as a duration. */
final class SecondsConverter implements ITypeConverter<Duration> {

  /** The maximum timeout accepted, the client's own limit. */
  static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(RocketCadClient.MAX_TIMEOUT.toSeconds());

  @Override
  public Duration convert(String value) {
    BigDecimal seconds;
    try {
      seconds = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a number of seconds");
    }
    if (seconds.signum() <= 0 || seconds.compareTo(MAX_SECONDS) > 0) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is out of range: give more than 0 and at most "
              + MAX_SECONDS
              + " seconds");
    }
    // Rounded up to whole milliseconds, so that a tiny positive value never becomes zero.
    long millis = seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    return Duration.ofMillis(millis);
  }
}
