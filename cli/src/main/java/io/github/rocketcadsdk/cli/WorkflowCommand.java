package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RetryPolicy;
import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that sends one workflow: it reads the key, builds the client, sends the request and
 * prints the outcome. Subclasses declare the body's options and build the request.
 */
abstract class WorkflowCommand implements Callable<Integer> {

  static final String API_KEY_ENV = "ROCKETCAD_API_KEY";

  @Mixin CommonOptions options;

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  WorkflowCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  abstract Workflow workflow();

  /** Sends the workflow with the body built from this command's options. */
  abstract WorkflowEnvelope send(RocketCadClient client);

  @Override
  public Integer call() {
    OutcomePrinter printer =
        new OutcomePrinter(
            workflow(), spec.commandLine().getOut(), spec.commandLine().getErr(), options.json);

    RocketCadClient client;
    try {
      String apiKey = readApiKey();
      printer.maskSecret(apiKey);
      client = buildClient(apiKey);
    } catch (UsageException e) {
      return printer.usageError(e.getMessage());
    }

    try {
      WorkflowEnvelope envelope = send(client);
      return printer.success(envelope);
    } catch (RocketCadException e) {
      return printer.failure(e);
    }
  }

  private String readApiKey() throws UsageException {
    if (options.apiKeyFile != null) {
      String key;
      try {
        key = Files.readString(options.apiKeyFile).strip();
      } catch (IOException e) {
        throw new UsageException(
            "Reading the API key file "
                + options.apiKeyFile
                + " failed ("
                + e.getClass().getSimpleName()
                + "). Check the path and its read permission.");
      }
      if (key.isEmpty()) {
        throw new UsageException(
            "The API key file " + options.apiKeyFile + " is empty. Write the key into it.");
      }
      return key;
    }

    String key = environment.get(API_KEY_ENV);
    if (key == null || key.isEmpty()) {
      throw new UsageException(
          "The API key is missing. Set the environment variable "
              + API_KEY_ENV
              + " or pass --api-key-file PATH; the command line never takes the key.");
    }
    return key;
  }

  private RocketCadClient buildClient(String apiKey) throws UsageException {
    RocketCadClient.Builder builder =
        RocketCadClient.builder().baseUrl(options.baseUrl).apiKey(apiKey);
    if (options.prefer != null) {
      builder.header("Prefer", options.prefer);
    }
    if (options.connectTimeout != null) {
      builder.connectTimeout(options.connectTimeout);
    }
    if (options.readTimeout != null) {
      builder.readTimeout(options.readTimeout);
    }
    if (options.attempts != null) {
      builder.retryPolicy(retryPolicy(options.attempts));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Returns the client's default policy with {@code attempts} as its maximum. */
  private static RetryPolicy retryPolicy(int attempts) {
    RetryPolicy defaults = RetryPolicy.defaults();
    return RetryPolicy.of(
        attempts, defaults.initialBackoff(), defaults.maxBackoff(), defaults.maxRetryAfter());
  }

  /** A problem with the command's input, found before any request was sent. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }
}
