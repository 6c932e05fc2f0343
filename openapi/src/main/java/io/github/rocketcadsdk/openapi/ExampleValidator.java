package io.github.rocketcadsdk.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates every example of every request body and response in the bundled document against the
 * schema of its media type, and fails if any example is invalid or cannot be checked.
 *
 * <p>Schemas are read in the OpenAPI 3.0 dialect of json-schema-validator, so {@code nullable},
 * {@code oneOf} and the other 3.0 keywords follow the OpenAPI 3.0 specification. Named examples
 * under {@code components/examples} that no media type uses are reported too, because they have no
 * schema to be checked against.
 */
public final class ExampleValidator {

  private static final String EXAMPLE_REF_PREFIX = "#/components/examples/";

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode document;

  private final String documentIri;

  private final SchemaRegistry schemaRegistry;

  private final List<String> problems = new ArrayList<>();

  private final Set<String> usedExampleNames = new LinkedHashSet<>();

  private ExampleValidator(JsonNode document, String documentIri) {
    this.document = document;
    this.documentIri = documentIri;
    String documentJson = JsonMapper.builder().build().writeValueAsString(document);
    this.schemaRegistry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(), builder -> builder.schemas(Map.of(documentIri, documentJson)));
  }

  /** Validates the examples of the document at {@code args[0]}, a file path. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("Usage: ExampleValidator <path to the bundled OpenAPI document>");
      System.exit(2);
    }

    Path bundle = Path.of(args[0]);
    List<String> problems = findProblems(bundle);
    if (!problems.isEmpty()) {
      System.err.println("Invalid examples in " + bundle + ":");
      problems.forEach(problem -> System.err.println("  - " + problem));
      throw new IllegalStateException(
          problems.size()
              + " examples are invalid or unchecked. Fix each one above: change the example's"
              + " value under openapi/components/examples/, or the schema if the example is"
              + " right.");
    }
    System.out.println("Every example in " + bundle + " matches its schema.");
  }

  /**
   * Returns one message per invalid or unchecked example in the document, or an empty list.
   *
   * @param bundle an OpenAPI 3.0 document in YAML or JSON whose references all point into itself,
   *     such as the output of {@code redocly bundle}
   */
  public static List<String> findProblems(Path bundle) {
    JsonNode document = YAMLMapper.builder().build().readTree(bundle.toFile());
    ExampleValidator validator = new ExampleValidator(document, bundle.toUri().toString());
    validator.checkPaths();
    validator.checkComponents();
    validator.checkUnusedExamples();
    return List.copyOf(validator.problems);
  }

  private void checkPaths() {
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().path(method);
        if (operation.isMissingNode()) {
          continue;
        }

        String operationName = method.toUpperCase() + " " + path.getKey();
        String operationPointer = "/paths/" + escape(path.getKey()) + "/" + method;
        checkContent(
            operation.path("requestBody"),
            operationPointer + "/requestBody",
            operationName + " request body");

        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
          checkContent(
              response.getValue(),
              operationPointer + "/responses/" + escape(response.getKey()),
              operationName + " response " + response.getKey());
        }
      }
    }
  }

  private void checkComponents() {
    JsonNode components = document.path("components");
    for (Map.Entry<String, JsonNode> requestBody : components.path("requestBodies").properties()) {
      checkContent(
          requestBody.getValue(),
          "/components/requestBodies/" + escape(requestBody.getKey()),
          "request body " + requestBody.getKey());
    }
    for (Map.Entry<String, JsonNode> response : components.path("responses").properties()) {
      checkContent(
          response.getValue(),
          "/components/responses/" + escape(response.getKey()),
          "response " + response.getKey());
    }
  }

  /**
   * Checks the examples of each media type of a request body or response. A body that is a {@code
   * $ref} is skipped, because the component it points to is checked on its own.
   */
  private void checkContent(JsonNode body, String bodyPointer, String bodyName) {
    if (body.has("$ref")) {
      return;
    }

    for (Map.Entry<String, JsonNode> mediaType : body.path("content").properties()) {
      String mediaTypePointer = bodyPointer + "/content/" + escape(mediaType.getKey());
      String mediaTypeName = bodyName + " (" + mediaType.getKey() + ")";
      checkMediaType(mediaType.getValue(), mediaTypePointer, mediaTypeName);
    }
  }

  private void checkMediaType(JsonNode mediaType, String pointer, String name) {
    boolean hasExamples = mediaType.has("example") || mediaType.has("examples");
    if (!hasExamples) {
      return;
    }
    if (!mediaType.has("schema")) {
      problems.add(name + " has examples but no schema to check them against; add a schema.");
      return;
    }

    Schema schema =
        schemaRegistry.getSchema(SchemaLocation.of(documentIri + "#" + pointer + "/schema"));
    if (mediaType.has("example")) {
      checkValue(schema, mediaType.get("example"), "The example of " + name);
    }
    for (Map.Entry<String, JsonNode> entry : mediaType.path("examples").properties()) {
      checkNamedExample(schema, entry.getKey(), entry.getValue(), name);
    }
  }

  private void checkNamedExample(
      Schema schema, String key, JsonNode example, String mediaTypeName) {
    String label = "Example \"" + key + "\" of " + mediaTypeName;
    if (example.has("$ref")) {
      String ref = example.get("$ref").asString();
      if (!ref.startsWith(EXAMPLE_REF_PREFIX)) {
        problems.add(label + " refers to " + ref + ", which is not under " + EXAMPLE_REF_PREFIX);
        return;
      }

      String componentName = ref.substring(EXAMPLE_REF_PREFIX.length());
      usedExampleNames.add(componentName);
      // The root document keeps each named example in a file of the same name.
      label =
          "Example \""
              + componentName
              + "\" (openapi/components/examples/"
              + componentName
              + ".yaml) of "
              + mediaTypeName;
      example = document.path("components").path("examples").path(componentName);
      if (example.isMissingNode()) {
        problems.add(label + " does not exist; add it or fix the reference.");
        return;
      }
    }

    if (example.has("externalValue")) {
      problems.add(label + " has an externalValue, which the build cannot check; inline it.");
    } else if (!example.has("value")) {
      problems.add(label + " has no value; add one.");
    } else {
      checkValue(schema, example.get("value"), label);
    }
  }

  /** Adds one problem for the value, listing each violation with its JSON Pointer in the value. */
  private void checkValue(Schema schema, JsonNode value, String label) {
    List<String> violations = new ArrayList<>();
    for (Error error : schema.validate(value)) {
      String location = error.getInstanceLocation().toString();
      violations.add((location.isEmpty() ? "(root)" : location) + ": " + error.getMessage());
    }
    if (!violations.isEmpty()) {
      problems.add(label + " does not match the schema: " + String.join("; ", violations));
    }
  }

  private void checkUnusedExamples() {
    Set<String> unused =
        new TreeSet<>(document.path("components").path("examples").propertyNames());
    unused.removeAll(usedExampleNames);
    for (String name : unused) {
      problems.add(
          "Example \""
              + name
              + "\" is not used by any request body or response, so it has no schema to be"
              + " checked against. Refer to it from a media type's examples, or delete it.");
    }
  }

  /** Escapes one JSON Pointer reference token (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
