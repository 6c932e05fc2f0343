package io.github.rocketcadsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rocketcadsdk.testing.PrismMock;
import io.github.rocketcadsdk.testing.RocketCadMock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command against the Prism mock of the packaged document. */
@RocketCadMock
class CliMockTest {

  /** Contains characters that the client percent-encodes, so both spellings must stay hidden. */
  private static final String KEY = "cli-test-key+7f3a/secret";

  private static final Map<String, String> ENV = Map.of(WorkflowCommand.API_KEY_ENV, KEY);

  @Test
  void pingPrintsDecodedResult(PrismMock mock) {
    CliRun run = CliRun.run(ENV, "ping", "--base-url", mock.baseUrl());

    assertEquals(ExitCodes.SUCCESS, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "ping succeeded: This API Key is valid & associated with an active community."),
        run.out());
    assertTrue(run.out().contains("Request ID: OLV213JN6XL1BLS"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void pingJsonPrintsEnvelope(PrismMock mock) {
    CliRun run =
        CliRun.run(ENV, "ping", "--base-url", mock.baseUrl(), "--json", "--server-id", "SERVER01");

    JsonNode envelope = run.json();
    assertEquals(ExitCodes.SUCCESS, run.exitCode(), run.err());
    assertEquals("success", envelope.path("status").asText());
    assertTrue(envelope.path("response").path("success").asBoolean());
    assertEquals("OLV213JN6XL1BLS", envelope.path("response").path("requestID").asText());
  }

  @Test
  void panicWithEveryFieldSucceeds(PrismMock mock) {
    CliRun run =
        CliRun.run(
            ENV,
            "panic",
            "--base-url",
            mock.baseUrl(),
            "--server-id",
            "EXAMPLESERVER01",
            "--steam-hex",
            "steam:110000112345678",
            "--name",
            "1-ADAM-12",
            "--street",
            "Alta St",
            "--cross",
            "Vespucci Blvd",
            "--call-x",
            "-1034.6002197266",
            "--call-y",
            "-2732.5197753906");

    assertEquals(ExitCodes.SUCCESS, run.exitCode(), run.err());
    assertTrue(run.out().contains("panic succeeded: Panic Button Successfully Sent!"), run.out());
  }

  @Test
  void locationpingSucceeds(PrismMock mock) {
    CliRun run =
        CliRun.run(
            ENV,
            "locationping",
            "--base-url",
            mock.baseUrl(),
            "--steam-hex",
            "steam:110000112345678",
            "--street",
            "Alta St",
            "--cross",
            "");

    assertEquals(ExitCodes.SUCCESS, run.exitCode(), run.err());
    assertTrue(run.out().contains("Request ID: OZI8HG4CAPD4KNY"), run.out());
  }

  @Test
  void emergencyCallSucceeds(PrismMock mock) {
    CliRun run =
        CliRun.run(
            ENV,
            "911",
            "--base-url",
            mock.baseUrl(),
            "--name",
            "Jordan Example",
            "--street",
            "Alta St",
            "--cross",
            "Vespucci Blvd",
            "--server-id",
            "EXAMPLESERVER01");

    assertEquals(ExitCodes.SUCCESS, run.exitCode(), run.err());
    assertTrue(run.out().contains("911 succeeded: Emergency call created."), run.out());
  }

  @Test
  void rejectedKeyExitsWithAuthenticationCode(PrismMock mock) {
    CliRun run =
        CliRun.run(
            ENV, "ping", "--base-url", mock.baseUrl(), "--prefer", "example=invalid-api-key");

    assertEquals(ExitCodes.AUTHENTICATION, run.exitCode());
    assertTrue(run.err().contains("The API key was rejected"), run.err());
    assertTrue(run.err().contains("code 1A"), run.err());
    assertTrue(run.err().contains("Check the key in ROCKETCAD_API_KEY"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void rejectedKeyJsonNamesError(PrismMock mock) {
    CliRun run =
        CliRun.run(
            ENV,
            "panic",
            "--base-url",
            mock.baseUrl(),
            "--json",
            "--prefer",
            "example=invalid-api-key");

    JsonNode error = run.json().path("error");
    assertEquals(ExitCodes.AUTHENTICATION, run.exitCode());
    assertEquals("AuthenticationException", error.path("type").asText());
    assertEquals("panic", error.path("workflow").asText());
    assertEquals(200, error.path("httpStatus").asInt());
    assertEquals("1A", error.path("code").asText());
    assertEquals("3KUXZ1KUNUDJN7S", error.path("requestId").asText());
    assertEquals(ExitCodes.AUTHENTICATION, error.path("exitCode").asInt());
    assertTrue(error.path("message").asText().contains("modcol.co/e1a"), error.toString());
  }

  @Test
  void notFoundExitsWithApiErrorCode(PrismMock mock) {
    CliRun run =
        CliRun.run(ENV, "locationping", "--base-url", mock.baseUrl(), "--prefer", "code=404");

    assertEquals(ExitCodes.API_ERROR, run.exitCode());
    assertTrue(run.err().contains("HTTP 404"), run.err());
    assertTrue(run.err().contains("temporary outage"), run.err());
  }

  @Test
  void apiKeyFileIsRead(PrismMock mock, @TempDir Path directory) throws Exception {
    Path keyFile = Files.writeString(directory.resolve("key"), KEY + "\n");

    CliRun run =
        CliRun.run(
            Map.of(), "ping", "--base-url", mock.baseUrl(), "--api-key-file", keyFile.toString());

    assertEquals(ExitCodes.SUCCESS, run.exitCode(), run.err());
  }

  @Test
  void keyNeverPrinted(PrismMock mock) {
    String encodedKey = "cli-test-key%2B7f3a%2Fsecret";
    List<List<String>> commands =
        List.of(
            List.of("ping"),
            List.of("ping", "--json"),
            List.of("ping", "--prefer", "example=invalid-api-key"),
            List.of("ping", "--json", "--prefer", "example=invalid-api-key"),
            List.of("panic", "--prefer", "code=404"),
            List.of("911", "--json", "--prefer", "code=400, example=missing-api-key"),
            List.of("locationping", "--prefer", "code=401"));

    for (List<String> command : commands) {
      String[] args =
          Stream.concat(command.stream(), Stream.of("--base-url", mock.baseUrl()))
              .toArray(String[]::new);

      CliRun run = CliRun.run(ENV, args);

      assertFalse(run.allOutput().contains(KEY), () -> command + " printed the key");
      assertFalse(run.allOutput().contains(encodedKey), () -> command + " printed the key");
      assertFalse(run.allOutput().isBlank(), () -> command + " printed nothing");
    }
  }
}
