package io.github.rocketcadsdk.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Feign's wire log to SLF4J at DEBUG, under the logger {@value #NAME}.
 *
 * <p>Feign logs requests before {@link ApiKeyClient} adds the key, so its URLs carry none. Every
 * line is masked all the same, in case a response body echoes the key.
 */
final class WireLogger extends feign.Logger {

  static final String NAME = "io.github.rocketcadsdk.client.wire";

  private static final Logger LOG = LoggerFactory.getLogger(NAME);

  private final ApiKey apiKey;

  WireLogger(ApiKey apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(apiKey.redact(methodTag(configKey) + String.format(format, args)));
    }
  }
}
