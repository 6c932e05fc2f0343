package io.github.rocketcadsdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.exception.AuthenticationException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.exception.WorkflowNotFoundException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The named examples of the bundled OpenAPI document, as calls to send and answers to expect.
 *
 * <p>Every request example is a {@link RequestCase}, answered by the operation's first HTTP 200
 * example. Every other response example, error statuses and coded failures alike, is an {@link
 * ErrorCase} that the client must turn into the exception type in {@link #EXPECTED_ERRORS}.
 */
public final class DocumentedExamples {

  /** The exception the client must throw for each error example, by example name. */
  public static final Map<String, Class<? extends RocketCadException>> EXPECTED_ERRORS =
      Map.of(
          "invalid-api-key", AuthenticationException.class,
          "missing-api-key", AuthenticationException.class,
          "unauthorized", AuthenticationException.class,
          "workflow-not-found", WorkflowNotFoundException.class);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * A request example, or the documented call with no body when {@code exampleName} is null.
   *
   * @param successExample the name of the 200 example the mock is asked to return
   * @param expected that example's value
   */
  public record RequestCase(
      Workflow workflow,
      String operationId,
      String exampleName,
      JsonNode body,
      String successExample,
      JsonNode expected) {}

  /**
   * A response example that the client must report as an error.
   *
   * @param request the body to send, the operation's first request example, or null
   */
  public record ErrorCase(
      Workflow workflow,
      String operationId,
      int status,
      String exampleName,
      JsonNode expected,
      JsonNode request) {}

  private final List<RequestCase> requestCases = new ArrayList<>();
  private final List<ErrorCase> errorCases = new ArrayList<>();

  private DocumentedExamples() {}

  /** Reads the examples of the bundled document at {@code bundle}. */
  public static DocumentedExamples load(Path bundle) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(bundle.toString(), null, options);
    OpenAPI document = result.getOpenAPI();
    if (document == null) {
      throw new IllegalStateException(
          "Reading the OpenAPI document " + bundle + " failed: " + result.getMessages());
    }

    DocumentedExamples examples = new DocumentedExamples();
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      Workflow workflow = Workflow.fromPath(path.getKey());
      Operation operation = path.getValue().getPost();
      if (workflow == null || operation == null) {
        throw new IllegalStateException(
            "The document describes " + path.getKey() + ", which the client has no workflow for");
      }
      examples.addOperation(workflow, operation);
    }
    return examples;
  }

  public List<RequestCase> requestCases() {
    return requestCases;
  }

  public List<ErrorCase> errorCases() {
    return errorCases;
  }

  private void addOperation(Workflow workflow, Operation operation) {
    String operationId = operation.getOperationId();
    Map<String, Example> requestExamples = Map.of();
    if (operation.getRequestBody() != null) {
      requestExamples = examplesOf(operation.getRequestBody().getContent().get("application/json"));
    }

    Map<String, Example> okExamples = examplesOf(jsonOf(operation.getResponses().get("200")));
    Map.Entry<String, Example> success =
        okExamples.entrySet().stream()
            .filter(entry -> json(entry.getValue()).path("response").path("success").asBoolean())
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Operation " + operationId + " has no successful HTTP 200 example"));
    JsonNode expected = json(success.getValue());

    // The documented ping sends no body, so the call without one is a case of its own.
    if (workflow == Workflow.PING || requestExamples.isEmpty()) {
      requestCases.add(
          new RequestCase(workflow, operationId, null, null, success.getKey(), expected));
    }
    JsonNode firstRequest = null;
    for (Map.Entry<String, Example> request : requestExamples.entrySet()) {
      JsonNode body = json(request.getValue());
      if (firstRequest == null) {
        firstRequest = body;
      }
      requestCases.add(
          new RequestCase(
              workflow, operationId, request.getKey(), body, success.getKey(), expected));
    }

    for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
      int status = Integer.parseInt(response.getKey());
      for (Map.Entry<String, Example> example :
          examplesOf(jsonOf(response.getValue())).entrySet()) {
        JsonNode value = json(example.getValue());
        boolean isSuccess = status == 200 && value.path("response").path("success").asBoolean();
        if (!isSuccess) {
          errorCases.add(
              new ErrorCase(workflow, operationId, status, example.getKey(), value, firstRequest));
        }
      }
    }
  }

  private static MediaType jsonOf(ApiResponse response) {
    if (response == null || response.getContent() == null) {
      return null;
    }
    return response.getContent().get("application/json");
  }

  private static Map<String, Example> examplesOf(MediaType mediaType) {
    if (mediaType == null || mediaType.getExamples() == null) {
      return Map.of();
    }
    return mediaType.getExamples();
  }

  private static JsonNode json(Example example) {
    return MAPPER.valueToTree(example.getValue());
  }
}
