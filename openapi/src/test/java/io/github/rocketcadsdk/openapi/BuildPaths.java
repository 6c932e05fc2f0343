package io.github.rocketcadsdk.openapi;

import java.nio.file.Path;

/** Paths that the openapi module's pom passes to the tests as system properties. */
final class BuildPaths {

  private BuildPaths() {}

  /** Returns the repository root, which contains node_modules. */
  static Path root() {
    return path("rocketcad.root");
  }

  /** Returns the bundled document, openapi/target/bundle/rocketcad-api.yaml. */
  static Path bundle() {
    return path("rocketcad.bundle");
  }

  /** Returns the rendered HTML reference, openapi/target/docs/index.html. */
  static Path docs() {
    return path("rocketcad.docs");
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "System property "
              + property
              + " is not set. Run the tests with Maven (mvn verify), whose openapi/pom.xml sets it.");
    }
    return Path.of(value).toAbsolutePath().normalize();
  }
}
