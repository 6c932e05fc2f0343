package io.github.rocketcadsdk.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --attempts}: a whole number from 1 to {@link CommonOptions#MAX_ATTEMPTS}. */
final class AttemptsConverter implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    int attempts;
    try {
      attempts = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (attempts < 1 || attempts > CommonOptions.MAX_ATTEMPTS) {
      throw new TypeConversionException(
          "'" + value + "' is out of range: give 1 to " + CommonOptions.MAX_ATTEMPTS);
    }
    return attempts;
  }
}
