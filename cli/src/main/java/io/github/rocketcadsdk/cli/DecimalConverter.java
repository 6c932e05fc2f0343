package io.github.rocketcadsdk.cli;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts a decimal number such as {@code -1034.6002197266} and keeps it as typed. */
final class DecimalConverter implements ITypeConverter<String> {

  @Override
  public String convert(String value) {
    try {
      new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a decimal number");
    }
    return value;
  }
}
