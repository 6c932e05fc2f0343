package io.github.rocketcadsdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.WorkflowResult;
import io.github.rocketcadsdk.contract.DocumentedExamples.ErrorCase;
import io.github.rocketcadsdk.contract.DocumentedExamples.RequestCase;
import io.github.rocketcadsdk.contract.ExampleCall.Outcome;
import io.github.rocketcadsdk.testing.PrismMock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The project's main job: starts a Prism mock from the bundled document, sends every documented
 * example through the client, prints one line per call, and exits with 1 if any answer differs from
 * the documented value.
 */
public final class DocumentedExamplesRunner {

  private static final String LINE_FORMAT = "%-12s %-78s %4s  %-7s  %s%n";

  private DocumentedExamplesRunner() {}

  /** Runs every example of the bundled document at {@code args[0]}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("Usage: DocumentedExamplesRunner <path to the bundled OpenAPI document>");
      System.exit(2);
    }
    Path bundle = Path.of(args[0]);
    DocumentedExamples examples = DocumentedExamples.load(bundle);

    List<String> mismatches = new ArrayList<>();
    int calls = 0;
    try (PrismMock prism = PrismMock.start(bundle)) {
      System.out.println("Prism mock of " + bundle.getFileName() + " at " + prism.baseUrl());
      System.out.printf(LINE_FORMAT, "WORKFLOW", "EXAMPLE", "HTTP", "SUCCESS", "RESULT");
      for (RequestCase example : examples.requestCases()) {
        Outcome outcome =
            ExampleCall.send(
                prism.baseUrl(), example.workflow(), example.body(), 200, example.successExample());
        String label =
            (example.exampleName() == null ? "(no body)" : example.exampleName())
                + " -> "
                + example.successExample();
        print(example.workflow().workflowName(), label, outcome);
        mismatches.addAll(checkSuccess(example, outcome));
        calls++;
      }
      for (ErrorCase example : examples.errorCases()) {
        Outcome outcome =
            ExampleCall.send(
                prism.baseUrl(),
                example.workflow(),
                example.request(),
                example.status(),
                example.exampleName());
        print(example.workflow().workflowName(), example.exampleName(), outcome);
        mismatches.addAll(checkError(example, outcome));
        calls++;
      }
    }

    System.out.println();
    System.out.println(calls + " calls, " + mismatches.size() + " mismatches");
    mismatches.forEach(mismatch -> System.out.println("  MISMATCH " + mismatch));
    if (!mismatches.isEmpty()) {
      System.exit(1);
    }
  }

  private static void print(String workflow, String label, Outcome outcome) {
    if (outcome.envelope() != null) {
      WorkflowResult result = outcome.envelope().getResponse();
      System.out.printf(
          LINE_FORMAT,
          workflow,
          label,
          outcome.httpStatus(),
          result.getSuccess(),
          "message=\"" + result.getMessage() + "\" requestID=" + result.getRequestID());
      return;
    }
    RocketCadException error = outcome.error();
    String success = error.requestId() != null ? "false" : "-";
    System.out.printf(
        LINE_FORMAT,
        workflow,
        label,
        outcome.httpStatus(),
        success,
        error.getClass().getSimpleName()
            + ": message=\""
            + error.apiMessage()
            + "\" requestID="
            + error.requestId());
  }

  /** Compares a successful call with the documented 200 example, field by field. */
  static List<String> checkSuccess(RequestCase example, Outcome outcome) {
    String where = example.operationId() + " " + example.exampleName();
    List<String> mismatches = new ArrayList<>();
    if (outcome.envelope() == null) {
      mismatches.add(where + ": expected a workflow result, got " + outcome.error());
      return mismatches;
    }
    JsonNode expected = example.expected();
    WorkflowResult result = outcome.envelope().getResponse();
    compare(mismatches, where, "HTTP status", 200, outcome.httpStatus());
    compare(
        mismatches,
        where,
        "status",
        expected.path("status").asText(),
        outcome.envelope().getStatus());
    compare(
        mismatches,
        where,
        "success",
        expected.path("response").path("success").asBoolean(),
        result.getSuccess());
    compare(
        mismatches,
        where,
        "message",
        expected.path("response").path("message").asText(),
        result.getMessage());
    compare(
        mismatches,
        where,
        "requestID",
        expected.path("response").path("requestID").asText(),
        result.getRequestID());
    return mismatches;
  }

  /** Compares a failed call with the documented error example, field by field. */
  static List<String> checkError(ErrorCase example, Outcome outcome) {
    String where = example.operationId() + " " + example.exampleName();
    List<String> mismatches = new ArrayList<>();
    Class<? extends RocketCadException> expectedType =
        DocumentedExamples.EXPECTED_ERRORS.get(example.exampleName());
    if (expectedType == null) {
      mismatches.add(where + ": no expected exception type; add one to EXPECTED_ERRORS");
      return mismatches;
    }

    if (!expectedType.isInstance(outcome.error())) {
      mismatches.add(
          where
              + ": expected "
              + expectedType.getSimpleName()
              + ", got "
              + (outcome.error() == null ? outcome.envelope() : outcome.error()));
      return mismatches;
    }

    RocketCadException error = outcome.error();
    JsonNode expected = example.expected();
    compare(mismatches, where, "HTTP status", example.status(), error.httpStatus());
    compare(mismatches, where, "workflow", example.workflow(), error.workflow());
    compare(mismatches, where, "message", expectedMessage(expected), error.apiMessage());
    JsonNode requestId = expected.path("response").path("requestID");
    compare(
        mismatches,
        where,
        "requestID",
        requestId.isTextual() ? requestId.asText() : null,
        error.requestId());
    return mismatches;
  }

  /** Returns the message of whichever envelope the example is. */
  static String expectedMessage(JsonNode expected) {
    if (expected.has("response")) {
      return expected.path("response").path("message").asText();
    }
    if (expected.has("error_class")) {
      return expected.path("translation").asText();
    }
    return expected.path("body").path("message").asText();
  }

  private static void compare(
      List<String> mismatches, String where, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      mismatches.add(
          where + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
    }
  }
}
