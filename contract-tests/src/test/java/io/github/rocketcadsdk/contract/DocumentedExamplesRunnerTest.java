package io.github.rocketcadsdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.testing.PrismMock;
import io.github.rocketcadsdk.testing.RocketCadMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job, run as its own process the way the documented-examples profile runs it. */
class DocumentedExamplesRunnerTest {

  private static final Path BUNDLE =
      Path.of(System.getProperty(RocketCadMockExtension.DOCUMENT_PROPERTY));

  @Test
  void documentedExamplesAllMatch() throws Exception {
    Result result = run(BUNDLE);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("27 calls, 0 mismatches"), result.output());
    assertTrue(
        result.output().lines().anyMatch(line -> line.startsWith("911") && line.contains(" 200 ")),
        result.output());
  }

  @Test
  void changedExampleFailsTheJob(@TempDir Path folder) throws Exception {
    Path changed = folder.resolve("rocketcad-api.yaml");
    String document = Files.readString(BUNDLE, StandardCharsets.UTF_8);
    Files.writeString(changed, document.replace("modcol.co/e1a", "modcol.co/e2a"));

    Result result = run(changed);

    assertEquals(1, result.exitCode(), result.output());
    assertTrue(
        result.output().contains("MISMATCH ping invalid-api-key: expected AuthenticationException"),
        result.output());
  }

  private record Result(int exitCode, String output) {}

  private static Result run(Path bundle) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-D"
                + PrismMock.PRISM_CLI_PROPERTY
                + "="
                + System.getProperty(PrismMock.PRISM_CLI_PROPERTY),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-cp",
            System.getProperty("java.class.path"),
            DocumentedExamplesRunner.class.getName(),
            bundle.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the main job did not end within 120 s:\n" + output);
    }
    return new Result(process.exitValue(), output);
  }
}
