package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RocketCadClient;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Options every workflow subcommand takes: where to send, the key file, timeouts and attempts, and
 * the output format.
 */
final class CommonOptions {

  /** The maximum for {@code --attempts}, so that a typo cannot flood the API. */
  static final int MAX_ATTEMPTS = 10;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = RocketCadClient.DEFAULT_BASE_URL,
      description = {
        "Sets the API's base URL. Plain http:// is accepted only for loopback hosts, such as a"
            + " local mock.",
        "Default: ${DEFAULT-VALUE}"
      })
  String baseUrl;

  @Option(
      names = "--api-key-file",
      paramLabel = "PATH",
      description =
          "Reads the API key from this file, with surrounding whitespace removed. Without it, the"
              + " key comes from the environment variable "
              + WorkflowCommand.API_KEY_ENV
              + ".")
  Path apiKeyFile;

  @Option(
      names = "--connect-timeout",
      paramLabel = "SECONDS",
      converter = SecondsConverter.class,
      description =
          "Sets how long to wait for a connection, in seconds, such as 2 or 0.5. Default: 5, as in"
              + " the client.")
  Duration connectTimeout;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      converter = SecondsConverter.class,
      description =
          "Sets how long to wait for each read of the response, in seconds. Default: 15, as in the"
              + " client.")
  Duration readTimeout;

  @Option(
      names = "--attempts",
      paramLabel = "N",
      converter = AttemptsConverter.class,
      description =
          "Sets the maximum number of attempts, the first included, from 1 to "
              + MAX_ATTEMPTS
              + ". 1 sends the workflow once. panic and 911 are resent only when no connection"
              + " could be made. Default: 3, as in the client.")
  Integer attempts;

  @Option(
      names = "--json",
      description = "Prints the response envelope, or an error object, as JSON on standard output.")
  boolean json;

  @Option(
      names = "--prefer",
      paramLabel = "VALUE",
      description =
          "Sets the Prefer header that picks a Prism mock's response, such as"
              + " example=invalid-api-key or code=404. Meant for a mock: leave it out against the real API.")
  String prefer;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Prints this help and exits.")
  boolean help;
}
