package io.github.rocketcadsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Command-line and configuration errors, all found before any request is sent. */
class CliUsageTest {

  private static final String KEY = "usage-test-key-91c2";

  private static final Map<String, String> ENV = Map.of(WorkflowCommand.API_KEY_ENV, KEY);

  /** A loopback address where nothing is expected to listen; these runs must not get that far. */
  private static final String UNUSED_BASE_URL = "http://127.0.0.1:9";

  @Test
  void missingKeyIsUsageError() {
    CliRun run = CliRun.run(Map.of(), "ping", "--base-url", UNUSED_BASE_URL);

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("The API key is missing"), run.err());
    assertTrue(run.err().contains("ROCKETCAD_API_KEY"), run.err());
  }

  @Test
  void missingKeyJsonIsUsageError() {
    CliRun run = CliRun.run(Map.of(), "ping", "--base-url", UNUSED_BASE_URL, "--json");

    JsonNode error = run.json().path("error");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertEquals("UsageError", error.path("type").asText());
    assertEquals(ExitCodes.USAGE, error.path("exitCode").asInt());
    assertTrue(error.path("message").asText().contains("ROCKETCAD_API_KEY"), error.toString());
  }

  @Test
  void missingKeyFileIsUsageError(@TempDir Path directory) {
    String keyFile = directory.resolve("absent").toString();

    CliRun run =
        CliRun.run(Map.of(), "ping", "--base-url", UNUSED_BASE_URL, "--api-key-file", keyFile);

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains(keyFile), run.err());
  }

  @Test
  void keyOptionRejectedWithoutEcho() {
    for (String option : List.of("--api-key=typed-secret-55", "--key=typed-secret-55")) {
      CliRun run = CliRun.run(Map.of(), "ping", option, "--base-url", UNUSED_BASE_URL);

      assertEquals(ExitCodes.USAGE, run.exitCode());
      assertTrue(run.err().contains("not accepted on the command line"), run.err());
      assertFalse(run.allOutput().contains("typed-secret-55"), run.allOutput());
    }
  }

  @Test
  void keyTypedAsArgumentMasked() {
    CliRun run = CliRun.run(ENV, "ping", KEY);

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertFalse(run.allOutput().contains(KEY), run.allOutput());
  }

  @Test
  void unknownOptionIsUsageError() {
    CliRun run = CliRun.run(ENV, "ping", "--server", "S1");

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Unknown options: '--server'"), run.err());
    assertTrue(run.err().contains("rocketcad ping --help"), run.err());
  }

  @Test
  void missingWorkflowIsUsageError() {
    CliRun run = CliRun.run(ENV);

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Missing workflow"), run.err());
  }

  @Test
  void plainHttpToRemoteHostRejected() {
    CliRun run = CliRun.run(ENV, "ping", "--base-url", "http://rocketcad.invalid");

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("plain HTTP"), run.err());
  }

  @Test
  void nonNumericCoordinateRejected() {
    CliRun run = CliRun.run(ENV, "panic", "--base-url", UNUSED_BASE_URL, "--call-x", "west");

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("'west' is not a decimal number"), run.err());
  }

  @ParameterizedTest
  @CsvSource({
    "--read-timeout, 0, is out of range",
    "--connect-timeout, -2, is out of range",
    "--read-timeout, 3601, is out of range",
    "--connect-timeout, soon, is not a number of seconds",
    "--attempts, 0, is out of range: give 1 to 10",
    "--attempts, 11, is out of range: give 1 to 10",
    "--attempts, 1.5, is not a whole number"
  })
  void invalidLimitRejected(String option, String value, String reason) {
    CliRun run = CliRun.run(ENV, "ping", "--base-url", UNUSED_BASE_URL, "--json", option, value);

    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains(reason), run.err());
    assertTrue(run.err().contains("rocketcad ping --help"), run.err());
    assertEquals("", run.out(), "a syntax error is plain text on standard error, even with --json");
  }

  @Test
  void subcommandHelpDescribesEveryOption() {
    Map<String, List<String>> optionsByWorkflow =
        Map.of(
            "ping", List.of("--community-id", "--server-id"),
            "panic",
                List.of(
                    "--server-id",
                    "--steam-hex",
                    "--name",
                    "--street",
                    "--cross",
                    "--call-x",
                    "--call-y"),
            "locationping", List.of("--steam-hex", "--street", "--cross"),
            "911", List.of("--name", "--street", "--cross", "--server-id"));

    for (Map.Entry<String, List<String>> workflow : optionsByWorkflow.entrySet()) {
      CliRun run = CliRun.run(ENV, workflow.getKey(), "--help");

      assertEquals(ExitCodes.SUCCESS, run.exitCode(), workflow.getKey());
      for (String option : workflow.getValue()) {
        assertTrue(run.out().contains(option + "="), () -> workflow.getKey() + " lacks " + option);
      }
      assertTrue(run.out().contains("--api-key-file=PATH"), run.out());
      assertTrue(run.out().contains("--read-timeout=SECONDS"), run.out());
      assertTrue(run.out().contains("--attempts=N"), run.out());
      assertTrue(run.out().contains("Exit codes:"), run.out());
      assertFalse(run.out().contains(KEY), run.out());
    }
  }
}
