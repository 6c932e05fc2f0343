package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RocketCadClient;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every workflow subcommand takes: where to send, the key file, and the output format. */
final class CommonOptions {

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
