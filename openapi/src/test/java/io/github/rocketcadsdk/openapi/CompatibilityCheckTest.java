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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Compares changed copies of the bundled document with the bundle itself, released as 1.0.0 in a
 * temporary folder.
 */
class CompatibilityCheckTest {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final String CHANGELOG_1_0_0 = "# Changelog\n\n## 1.0.0\n\nFirst release.\n";

  private static final String EMERGENCY_CALL_REQUEST = "/components/schemas/EmergencyCallRequest";

  @TempDir Path folder;

  private Path released;

  private Path changelog;

  private ObjectNode document;

  @BeforeEach
  void releaseBundleAsVersion100() throws IOException {
    released = Files.createDirectory(folder.resolve("released"));
    Files.copy(BuildPaths.bundle(), released.resolve("rocketcad-api-1.0.0.yaml"));
    changelog = folder.resolve("CHANGELOG.md");
    Files.writeString(changelog, CHANGELOG_1_0_0);
    document = (ObjectNode) YAML.readTree(BuildPaths.bundle().toFile());
  }

  @Test
  void unchangedDocumentPasses() {
    assertEquals(List.of(), check());
  }

  @Test
  void removedOperationIsBreaking() {
    removeEmergencyCall();

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("break clients of release 1.0.0"), problems.get(0));
    assertTrue(problems.get(0).contains("set info.version"), problems.get(0));
    assertTrue(problems.get(0).contains("2.0.0"), problems.get(0));
    assertTrue(problems.get(0).contains("/api/1.1/wf/911"), problems.get(0));
  }

  @Test
  void newRequiredRequestFieldIsBreaking() {
    ArrayNode required = ((ObjectNode) document.at(EMERGENCY_CALL_REQUEST)).putArray("required");
    required.add("Name");

    List<String> problems = check();

    assertEquals(1, problems.size(), "problems: " + problems);
    assertTrue(problems.get(0).contains("break clients of release 1.0.0"), problems.get(0));
  }

  @Test
  void newOptionalRequestFieldIsCompatible() {
    ObjectNode properties = (ObjectNode) document.at(EMERGENCY_CALL_REQUEST + "/properties");
    ObjectNode postal = properties.putObject("Postal");
    postal.put("type", "string");
    postal.put("description", "Postal code of the emergency.");
    postal.put("example", "8061");

    assertEquals(List.of(), check());
  }

  @Test
  void breakingChangeWithMajorVersionPasses() throws IOException {
    removeEmergencyCall();
    setVersion("2.0.0");
    Files.writeString(
        changelog,
        "# Changelog\n\n## 2.0.0\n\n- **Breaking**: removed `911`.\n\n" + "## 1.0.0\n\nFirst.\n");

    assertEquals(List.of(), check());
  }

  @Test
  void breakingChangeNeedsBreakingMark() throws IOException {
    removeEmergencyCall();
    setVersion("2.0.0");
    Files.writeString(changelog, "# Changelog\n\n## 2.0.0\n\n- Removed `911`.\n\n" + "## 1.0.0\n");

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
    ObjectNode release120 = document.deepCopy();
    ((ObjectNode) release120.get("info")).put("version", "1.2.0");
    YAML.writeValue(released.resolve("rocketcad-api-1.2.0.yaml").toFile(), release120);

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

  private void removeEmergencyCall() {
    ((ObjectNode) document.get("paths")).remove("/api/1.1/wf/911");
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
