package io.github.rocketcadsdk.openapi;

import java.net.URL;

/** The bundled RocketCAD OpenAPI document, packaged in this artifact. */
public final class RocketCadOpenApi {

  /** Class-path location of the bundled document, in YAML. */
  public static final String RESOURCE = "io/github/rocketcadsdk/openapi/rocketcad-api.yaml";

  private RocketCadOpenApi() {}

  /**
   * Returns the URL of the bundled document on this artifact's class path.
   *
   * @throws IllegalStateException if the artifact was built without the document
   */
  public static URL bundle() {
    URL url = RocketCadOpenApi.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          "The bundled OpenAPI document "
              + RESOURCE
              + " is missing from the class path. Rebuild the rocketcad-openapi module.");
    }
    return url;
  }
}
