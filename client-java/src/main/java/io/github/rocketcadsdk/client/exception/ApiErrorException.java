package io.github.rocketcadsdk.client.exception;

/**
 * An error the API sent that no other type describes: a coded failure outside the known code
 * families, or an unexpected 4xx status.
 */
public class ApiErrorException extends RocketCadException {

  public ApiErrorException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
