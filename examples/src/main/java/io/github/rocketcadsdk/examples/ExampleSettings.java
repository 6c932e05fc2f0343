package io.github.rocketcadsdk.examples;

import io.github.rocketcadsdk.client.RocketCadClient;

/**
 * The base URL and key of a runnable example. The examples have no default base URL, so that none
 * of them sends to the real API by accident.
 */
final class ExampleSettings {

  static final String BASE_URL_PROPERTY = "rocketcad.baseUrl";

  /** Prism accepts any key; the real API needs your community's. */
  static final String PLACEHOLDER_API_KEY = "DEVELOPER_TESTING";

  private ExampleSettings() {}

  /**
   * Builds a client from the first argument or the system property {@value #BASE_URL_PROPERTY}, and
   * the key in {@code ROCKETCAD_API_KEY} or else the placeholder key. Returns {@code null} after
   * printing how to start a mock, when no base URL is given.
   */
  static RocketCadClient clientFrom(String[] args, String exampleName) {
    String baseUrl = args.length > 0 ? args[0] : System.getProperty(BASE_URL_PROPERTY, "");
    if (baseUrl.isBlank()) {
      System.err.println(
          exampleName
              + " needs the API's base URL as its argument or in -D"
              + BASE_URL_PROPERTY
              + " (with Maven's run-example profile: -Dexample.baseUrl=URL). To try it against a local mock, build once with `mvn -q verify`, then"
              + " start Prism from the repository root:\n"
              + "  node node_modules/@stoplight/prism-cli/dist/index.js mock"
              + " openapi/target/bundle/rocketcad-api.yaml --host 127.0.0.1 --port 4010 --errors\n"
              + "and pass http://127.0.0.1:4010.");
      return null;
    }
    String apiKey = System.getenv("ROCKETCAD_API_KEY");
    return RocketCadClient.builder()
        .baseUrl(baseUrl)
        .apiKey(apiKey == null || apiKey.isEmpty() ? PLACEHOLDER_API_KEY : apiKey)
        .build();
  }
}
