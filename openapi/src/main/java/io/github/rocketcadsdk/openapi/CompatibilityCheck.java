package io.github.rocketcadsdk.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares the bundled document with its last released version and fails on a change that breaks
 * clients of that release, unless the document's major version is higher than the release's.
 *
 * <p>Released versions are kept as {@code rocketcad-api-<version>.yaml} in one folder; the highest
 * version there is the last release. openapi-diff decides what is incompatible: for example, a
 * removed operation, a new required request field, or a response field that is no longer sent. The
 * check also requires {@code CHANGELOG.md} to have a section for the document's version, and that
 * section to contain the word "Breaking" when it is a new major version with an incompatible
 * change.
 */
public final class CompatibilityCheck {

  private static final Pattern RELEASED_FILE =
      Pattern.compile("rocketcad-api-(\\d+\\.\\d+\\.\\d+)\\.yaml");

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

  private static final Pattern CHANGELOG_HEADING = Pattern.compile("^## \\[?([^\\]\\s]+)\\]?.*$");

  private CompatibilityCheck() {}

  /**
   * Checks the document at {@code args[0]} against the last release in the folder {@code args[1]}
   * and the changelog at {@code args[2]}.
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println(
          "Usage: CompatibilityCheck <bundled OpenAPI document> <folder of released versions>"
              + " <CHANGELOG.md>");
      System.exit(2);
    }

    List<String> problems = findProblems(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      throw new IllegalStateException(
          "The OpenAPI document is not compatible with its last release, or its version or"
              + " changelog is wrong; see the messages above.");
    }
  }

  /**
   * Returns one message per problem found, or an empty list if the document may be released as its
   * {@code info.version}.
   */
  public static List<String> findProblems(Path bundle, Path releasedFolder, Path changelog) {
    Path released = findLastRelease(releasedFolder);
    String releasedVersion = versionInFileName(released);
    int[] releasedParts = parseVersion(releasedVersion, released);
    ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toString(), bundle.toString());
    String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
    int[] currentParts = parseVersion(currentVersion, bundle);
    // The verdict over the whole document; isCoreChanged() covers only its top level.
    DiffResult result = diff.isChanged();
    System.out.println(
        "The document "
            + currentVersion
            + " compared with the release "
            + releasedVersion
            + " ("
            + released
            + "): "
            + result.getValue());

    List<String> problems = new ArrayList<>();
    String versionInRelease = diff.getOldSpecOpenApi().getInfo().getVersion();
    if (!releasedVersion.equals(versionInRelease)) {
      problems.add(
          released
              + " has info.version "
              + versionInRelease
              + ", but its name says "
              + releasedVersion
              + ". Name each released document after its info.version.");
    }
    if (Arrays.compare(currentParts, releasedParts) < 0) {
      problems.add(
          "info.version "
              + currentVersion
              + " is lower than the last released version "
              + releasedVersion
              + ". Set info.version in openapi/rocketcad-api.yaml to "
              + releasedVersion
              + " or higher.");
    }

    // True for INCOMPATIBLE and also for UNKNOWN, which openapi-diff reports where it cannot tell
    // whether a change breaks clients.
    boolean breaking = result.isIncompatible();
    boolean majorBumped = currentParts[0] > releasedParts[0];
    if (breaking && !majorBumped) {
      problems.add(incompatibleChangeMessage(diff, releasedVersion, releasedParts[0] + 1));
    }
    problems.addAll(checkChangelog(changelog, currentVersion, breaking && majorBumped));
    return problems;
  }

  private static String incompatibleChangeMessage(
      ChangedOpenApi diff, String releasedVersion, int nextMajor) {
    return "The document has changes that break clients of release "
        + releasedVersion
        + ". The rule: a change that a client built against a release can no longer rely on"
        + " (a removed operation or field, a new required field, a narrower type) needs a new"
        + " major version. Either undo the change, or set info.version in"
        + " openapi/rocketcad-api.yaml to "
        + nextMajor
        + ".0.0 and describe the change under \"## "
        + nextMajor
        + ".0.0\" in openapi/CHANGELOG.md, marked **Breaking**. The changes, as openapi-diff"
        + " reports them:\n"
        + new MarkdownRender().render(diff);
  }

  /** Returns the released document with the highest version in {@code folder}. */
  static Path findLastRelease(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      Optional<Path> last =
          files
              .filter(file -> RELEASED_FILE.matcher(file.getFileName().toString()).matches())
              .max(
                  Comparator.comparing(
                      file -> parseVersion(versionInFileName(file), file), Arrays::compare));
      return last.orElseThrow(
          () ->
              new IllegalStateException(
                  "No released document named rocketcad-api-<major>.<minor>.<patch>.yaml in "
                      + folder
                      + ". Copy the bundle of the first release there."));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to list the released documents in " + folder, e);
    }
  }

  private static String versionInFileName(Path releasedFile) {
    Matcher matcher = RELEASED_FILE.matcher(releasedFile.getFileName().toString());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a released document: " + releasedFile);
    }
    return matcher.group(1);
  }

  private static int[] parseVersion(String version, Path source) {
    Matcher matcher = VERSION.matcher(version == null ? "" : version);
    if (!matcher.matches()) {
      throw new IllegalStateException(
          "info.version \""
              + version
              + "\" in "
              + source
              + " is not a version of the form <major>.<minor>.<patch>, such as 1.2.0.");
    }
    return new int[] {
      Integer.parseInt(matcher.group(1)),
      Integer.parseInt(matcher.group(2)),
      Integer.parseInt(matcher.group(3))
    };
  }

  /**
   * Checks that the changelog has a section for {@code version}, and that the section marks the
   * change as breaking when it is.
   */
  static List<String> checkChangelog(Path changelog, String version, boolean breaking) {
    List<String> lines;
    try {
      lines = Files.readAllLines(changelog);
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to read the changelog " + changelog, e);
    }

    Optional<String> section = findSection(lines, version);
    if (section.isEmpty()) {
      return List.of(
          changelog
              + " has no section for version "
              + version
              + ". Add a heading \"## "
              + version
              + "\" with the changes since the last release.");
    }
    if (breaking && !section.get().contains("Breaking")) {
      return List.of(
          "The section \"## "
              + version
              + "\" of "
              + changelog
              + " does not mark the incompatible change. Describe it in a line that starts with"
              + " **Breaking**.");
    }
    return List.of();
  }

  private static Optional<String> findSection(List<String> lines, String version) {
    StringBuilder section = null;
    for (String line : lines) {
      Matcher heading = CHANGELOG_HEADING.matcher(line);
      if (heading.matches()) {
        if (section != null) {
          break;
        }
        if (heading.group(1).equals(version)) {
          section = new StringBuilder();
        }
      } else if (section != null) {
        section.append(line).append('\n');
      }
    }
    return Optional.ofNullable(section).map(StringBuilder::toString);
  }
}
