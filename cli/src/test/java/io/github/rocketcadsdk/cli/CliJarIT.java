package io.github.rocketcadsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.testing.PrismMock;
import io.github.rocketcadsdk.testing.RocketCadMock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded jar as a separate process, as a user would, against the Prism mock. */
@RocketCadMock
class CliJarIT {

  private static final String KEY = "jar-test-key-3b8e";

  private record ProcessRun(int exitCode, String out, String err) {}

  @Test
  void jarPingsMock(PrismMock mock) throws Exception {
    ProcessRun run = runJar("ping", "--base-url", mock.baseUrl());

    assertEquals(ExitCodes.SUCCESS, run.exitCode(), run.err());
    assertTrue(run.out().contains("ping succeeded: This API Key is valid"), run.out());
    assertTrue(run.out().contains("Request ID: OLV213JN6XL1BLS"), run.out());
    assertFalse((run.out() + run.err()).contains(KEY), "the key was printed");
  }

  @Test
  void jarReportsRejectedKeyAsJson(PrismMock mock) throws Exception {
    ProcessRun run =
        runJar(
            "panic", "--base-url", mock.baseUrl(), "--json", "--prefer", "example=invalid-api-key");

    JsonNode error = new ObjectMapper().readTree(run.out()).path("error");
    assertEquals(ExitCodes.AUTHENTICATION, run.exitCode(), run.err());
    assertEquals("AuthenticationException", error.path("type").asText());
    assertEquals("1A", error.path("code").asText());
    assertFalse((run.out() + run.err()).contains(KEY), "the key was printed");
  }

  private static ProcessRun runJar(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("rocketcad.cli.jar", "target/rocketcad-cli.jar"));
    assertTrue(Files.isRegularFile(jar), "the shaded jar is missing: " + jar);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));

    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(WorkflowCommand.API_KEY_ENV, KEY);
    Path out = Files.createTempFile("rocketcad-cli-out", ".txt");
    Path err = Files.createTempFile("rocketcad-cli-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());

    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the CLI did not exit within 60 s");
    }
    return new ProcessRun(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
