package io.github.rocketcadsdk.openapi;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;

/**
 * Parses the bundled document with Swagger Parser and exits non-zero on any error or warning.
 *
 * <p>The build runs this because openapi-generator's own validation lets some broken documents
 * through, such as unknown keys and unresolved references.
 */
public final class BundleValidator {

  private BundleValidator() {}

  /** Validates the document at {@code args[0]}, a file path. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("Usage: BundleValidator <path to the bundled OpenAPI document>");
      System.exit(2);
    }

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(args[0], null, options);

    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      System.err.println("Swagger Parser rejected " + args[0] + ":");
      messages.forEach(message -> System.err.println("  - " + message));
      throw new IllegalStateException(
          "The OpenAPI document has " + messages.size() + " parser messages; fix each one above.");
    }
    System.out.println("Swagger Parser found no errors or warnings in " + args[0]);
  }
}
