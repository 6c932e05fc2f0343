package io.github.rocketcadsdk.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Compares changed copies of the bundled document with the bundle itself, released as 1.0.0 in a
 * temporary folder. The copies start at version 1.0.0 too, whatever the bundle's own version is.
 */
class CompatibilityCheckTest {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final String CHANGELOG_1_0_0 = "# Changelog\n\n## 1.0.0\n\nFirst release.\n";

  @TempDir Path folder;

  private Path released;

  private Path changelog;

  private ObjectNode document;

  @BeforeEach
  void releaseBundleAsVersion100() throws IOException {
    document = (ObjectNode) YAML.readTree(BuildPaths.bundle().toFile());
    setVersion("1.0.0");
    released = Files.createDirectory(folder.resolve("released"));
    YAML.writeValue(released.resolve("rocketcad-api-1.0.0.yaml").toFile(), document);
    changelog = folder.resolve("CHANGELOG.md");
    Files.writeString(changelog, CHANGELOG_1_0_0);
  }

  @Test
  void unchangedDocumentPasses() {
    assertEquals(List.of(), check());
  }

  @Test
  void removedOperationIsBreaking() {
    String removedPath = removeFirstPath();

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("break clients of release 1.0.0"), problems.get(0));
    assertTrue(problems.get(0).contains("set info.version"), problems.get(0));
    assertTrue(problems.get(0).contains("2.0.0"), problems.get(0));
    assertTrue(problems.get(0).contains(removedPath), problems.get(0));
  }

  @Test
  void newRequiredRequestFieldIsBreaking() {
    ObjectNode schema = emergencyCallRequest();
    addStringProperty(schema, "TestOnlyRequiredField");
    JsonNode required = schema.get("required");
    (required == null ? schema.putArray("required") : (ArrayNode) required)
        .add("TestOnlyRequiredField");

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("break clients of release 1.0.0"), problems.get(0));
  }

  @Test
  void newOptionalRequestFieldIsCompatible() {
    addStringProperty(emergencyCallRequest(), "TestOnlyOptionalField");

    assertEquals(List.of(), check());
  }

  @Test
  void breakingChangeWithMajorVersionPasses() throws IOException {
    removeFirstPath();
    setVersion("2.0.0");
    Files.writeString(
        changelog,
        "# Changelog\n\n## 2.0.0\n\n- **Breaking**: removed an operation.\n\n## 1.0.0\n");

    assertEquals(List.of(), check());
  }

  @Test
  void breakingChangeNeedsBreakingMark() throws IOException {
    removeFirstPath();
    setVersion("2.0.0");
    Files.writeString(
        changelog, "# Changelog\n\n## 2.0.0\n\n- Removed an operation.\n\n## 1.0.0\n");

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("does not mark the incompatible change"), problems.get(0));
  }

  @Test
  void versionWithoutChangelogSectionFails() {
    setVersion("1.1.0");

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("no section for version 1.1.0"), problems.get(0));
  }

  @Test
  void versionBelowLastReleaseFails() {
    setVersion("1.2.0");
    YAML.writeValue(released.resolve("rocketcad-api-1.2.0.yaml").toFile(), document);
    setVersion("1.0.0");

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("lower than the last released version"), problems.get(0));
  }

  @Test
  void releasedFileNameMustMatchItsVersion() throws IOException {
    Files.move(
        released.resolve("rocketcad-api-1.0.0.yaml"), released.resolve("rocketcad-api-0.9.0.yaml"));

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("but its name says 0.9.0"), problems.get(0));
  }

  @Test
  void lastReleaseIsHighestVersion() throws IOException {
    Path versions = Files.createDirectory(folder.resolve("versions"));
    for (String version : List.of("1.9.0", "1.10.0", "1.2.11")) {
      Files.writeString(versions.resolve("rocketcad-api-" + version + ".yaml"), "");
    }
    Files.writeString(versions.resolve("notes.txt"), "");

    Path last = CompatibilityCheck.findLastRelease(versions);

    assertEquals("rocketcad-api-1.10.0.yaml", last.getFileName().toString());
  }

  /** Removes the document's first path, with its operations, and returns the path. */
  private String removeFirstPath() {
    ObjectNode paths = (ObjectNode) document.get("paths");
    String path = paths.propertyNames().iterator().next();
    paths.remove(path);
    return path;
  }

  private ObjectNode emergencyCallRequest() {
    JsonNode schema = document.at("/components/schemas/EmergencyCallRequest");
    if (!schema.isObject()) {
      throw new IllegalStateException(
          "The bundle has no schema EmergencyCallRequest; change this test to use another"
              + " request body schema.");
    }
    return (ObjectNode) schema;
  }

  private static void addStringProperty(ObjectNode schema, String name) {
    ObjectNode property = ((ObjectNode) schema.get("properties")).putObject(name);
    property.put("type", "string");
    property.put("description", "Added by CompatibilityCheckTest.");
    property.put("example", "example");
  }

  private void setVersion(String version) {
    ((ObjectNode) document.get("info")).put("version", version);
  }

  private List<String> check() {
    Path current = folder.resolve("current.yaml");
    YAML.writeValue(current.toFile(), document);
    return CompatibilityCheck.findProblems(current, released, changelog);
  }
}
