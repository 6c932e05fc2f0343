package io.github.rocketcadsdk.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs the pinned Spectral with the lint policy, openapi/.spectral.yaml, on the clean fixture, on
 * the bundled document, and on copies of the fixture that each break one rule.
 */
class LintPolicyTest {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final String OPERATION = "/paths/~1api~11.1~1wf~1widget/post";

  private static final String WIDGET = "/components/schemas/Widget";

  private static final String PARAMETER = OPERATION + "/parameters/0";

  private static final Path CLEAN_FIXTURE = Path.of("src/test/resources/lint/clean.yaml");

  @TempDir static Path brokenCopies;

  /** Error codes that Spectral reported, by the absolute path of the linted file. */
  private static Map<Path, Set<String>> errorCodesByFile;

  record BrokenCopy(String name, Consumer<ObjectNode> breakage, String expectedRule) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BrokenCopy> brokenCopies() {
    return Stream.of(
        new BrokenCopy(
            "operationId-snake-case",
            document -> set(document, OPERATION + "/operationId", "create_widget"),
            "rocketcad-operation-id"),
        new BrokenCopy(
            "operationId-missing",
            document -> remove(document, OPERATION + "/operationId"),
            "rocketcad-operation-id"),
        new BrokenCopy(
            "summary-missing",
            document -> remove(document, OPERATION + "/summary"),
            "rocketcad-operation-summary"),
        new BrokenCopy(
            "description-missing",
            document -> remove(document, OPERATION + "/description"),
            "rocketcad-operation-description"),
        new BrokenCopy(
            "tags-empty",
            document -> object(document, OPERATION).set("tags", YAML.createArrayNode()),
            "rocketcad-operation-tag"),
        new BrokenCopy(
            "security-missing",
            document -> remove(document, OPERATION + "/security"),
            "rocketcad-operation-security"),
        new BrokenCopy(
            "security-without-api-key",
            document -> {
              ArrayNode security = YAML.createArrayNode();
              security.addObject().putArray("api_key_v2");
              object(document, OPERATION).set("security", security);
            },
            "rocketcad-operation-security"),
        new BrokenCopy(
            "error-response-inline",
            document ->
                object(document, OPERATION + "/responses")
                    .putObject("401")
                    .put("description", "Unauthorized."),
            "rocketcad-shared-error-responses"),
        new BrokenCopy(
            "error-response-missing",
            document -> remove(document, OPERATION + "/responses/404"),
            "rocketcad-shared-error-responses"),
        new BrokenCopy(
            "request-body-closed",
            document -> object(document, WIDGET).put("additionalProperties", false),
            "rocketcad-request-body-open"),
        new BrokenCopy(
            "property-description-missing",
            document -> remove(document, WIDGET + "/properties/name/description"),
            "rocketcad-property-description"),
        new BrokenCopy(
            "property-example-missing",
            document -> remove(document, WIDGET + "/properties/name/example"),
            "rocketcad-property-example"),
        new BrokenCopy(
            "one-of-description-missing",
            document -> remove(document, "/components/schemas/Size/description"),
            "rocketcad-schema-description"),
        new BrokenCopy(
            "one-of-example-missing",
            document -> remove(document, "/components/schemas/Size/example"),
            "rocketcad-schema-example"),
        new BrokenCopy(
            "parameter-description-missing",
            document -> remove(document, PARAMETER + "/description"),
            "rocketcad-parameter-description"),
        new BrokenCopy(
            "parameter-example-missing",
            document -> remove(document, PARAMETER + "/example"),
            "rocketcad-parameter-example"),
        new BrokenCopy(
            "server-plain-http",
            document -> set(document, "/servers/0/url", "http://fixture.invalid"),
            "rocketcad-servers-https"));
  }

  @BeforeAll
  static void lintEveryDocumentOnce() throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(CLEAN_FIXTURE.toAbsolutePath());
    files.add(BuildPaths.bundle());
    for (BrokenCopy copy : brokenCopies().toList()) {
      ObjectNode document = (ObjectNode) YAML.readTree(CLEAN_FIXTURE.toFile());
      copy.breakage().accept(document);
      Path file = brokenCopies.resolve(copy.name() + ".yaml");
      YAML.writeValue(file.toFile(), document);
      files.add(file);
    }
    errorCodesByFile = runSpectral(files);
  }

  @Test
  void cleanFixturePasses() {
    assertEquals(Set.of(), errorCodes(CLEAN_FIXTURE.toAbsolutePath()));
  }

  @Test
  void bundledDocumentPasses() {
    assertEquals(Set.of(), errorCodes(BuildPaths.bundle()));
  }

  @ParameterizedTest
  @MethodSource("brokenCopies")
  void brokenCopyFailsOnlyItsRule(BrokenCopy copy) {
    Set<String> codes = errorCodes(brokenCopies.resolve(copy.name() + ".yaml"));

    assertEquals(
        Set.of(copy.expectedRule()),
        codes,
        "Spectral should report exactly the broken rule as an error");
  }

  private static Set<String> errorCodes(Path file) {
    return errorCodesByFile.getOrDefault(file, Set.of());
  }

  /**
   * Runs Spectral once on all files and returns the codes of its errors (severity 0) by file.
   * Warnings are left out, because the build fails only on errors.
   */
  private static Map<Path, Set<String>> runSpectral(List<Path> files) throws Exception {
    Path root = BuildPaths.root();
    List<String> command = new ArrayList<>();
    command.add("node");
    command.add(root.resolve("node_modules/@stoplight/spectral-cli/dist/index.js").toString());
    command.add("lint");
    command.add("--ruleset");
    command.add(root.resolve("openapi/.spectral.yaml").toString());
    command.add("--format");
    command.add("json");
    files.forEach(file -> command.add(file.toString()));

    File errors = brokenCopies.resolve("spectral-stderr.txt").toFile();
    Process process = new ProcessBuilder(command).redirectError(errors).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "Spectral timed out after 60 s");
    String stderr = Files.readString(errors.toPath());
    // Spectral exits 1 when it finds errors, and 2 when it cannot lint at all.
    assertTrue(
        process.exitValue() <= 1,
        "Spectral failed with exit code " + process.exitValue() + ": " + stderr + output);

    Map<Path, Set<String>> codesByFile = new TreeMap<>();
    for (JsonNode result : JsonMapper.builder().build().readTree(output)) {
      if (result.path("severity").asInt() == 0) {
        Path source = Path.of(result.path("source").asString());
        codesByFile
            .computeIfAbsent(source, file -> new TreeSet<>())
            .add(result.path("code").asString());
      }
    }
    return codesByFile;
  }

  private static ObjectNode object(ObjectNode document, String pointer) {
    return (ObjectNode) document.at(pointer);
  }

  private static void set(ObjectNode document, String pointer, String value) {
    JsonPointer path = JsonPointer.compile(pointer);
    object(document, path.head().toString()).put(path.last().getMatchingProperty(), value);
  }

  private static void remove(ObjectNode document, String pointer) {
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode removed =
        object(document, path.head().toString()).remove(path.last().getMatchingProperty());
    if (removed == null) {
      throw new IllegalArgumentException("Nothing to remove at " + pointer + " in the fixture");
    }
  }
}
