package io.github.rocketcadsdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.testing.RocketCadMockExtension;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document's named examples equal the bodies published in the API's documentation. */
class DocsExamplesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final JsonNode DOCUMENT = readBundle();

  @ParameterizedTest(name = "{1} is the published {0}")
  @CsvSource({
    "ping-200.json, ping-success",
    "panic-200.json, panic-success",
    "locationping-200.json, locationping-success",
    "coded-1A-invalid-key.json, invalid-api-key",
    "ping-400-missing-key.json, missing-api-key",
    "ping-404.json, workflow-not-found",
    "error-class-401.json, unauthorized"
  })
  void exampleEqualsPublishedBody(String publishedFile, String exampleName) throws Exception {
    JsonNode published;
    try (InputStream in =
        DocsExamplesTest.class.getResourceAsStream("/docs-examples/" + publishedFile)) {
      assertNotNull(in, publishedFile + " is missing from the test resources");
      published = MAPPER.readTree(in);
    }

    JsonNode example = DOCUMENT.path("components").path("examples").path(exampleName).path("value");

    assertEquals(published, example);
  }

  private static JsonNode readBundle() {
    try {
      Path bundle = Path.of(System.getProperty(RocketCadMockExtension.DOCUMENT_PROPERTY));
      return new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
          .readTree(bundle.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("Reading the bundled document failed", e);
    }
  }
}
