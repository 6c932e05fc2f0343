package io.github.rocketcadsdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.WorkflowResult;
import io.github.rocketcadsdk.contract.DocumentedExamples.ErrorCase;
import io.github.rocketcadsdk.contract.DocumentedExamples.RequestCase;
import io.github.rocketcadsdk.contract.ExampleCall.Outcome;
import io.github.rocketcadsdk.testing.PrismMock;
import io.github.rocketcadsdk.testing.RocketCadMockExtension;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every named example of the document, sent through the generated client to Prism. */
@ExtendWith(RocketCadMockExtension.class)
class DocumentedExamplesContractTest {

  private static final DocumentedExamples EXAMPLES =
      DocumentedExamples.load(
          Path.of(System.getProperty(RocketCadMockExtension.DOCUMENT_PROPERTY)));

  @Test
  void documentHasExamplesForEveryWorkflow() {
    Set<String> withRequests =
        EXAMPLES.requestCases().stream().map(RequestCase::operationId).collect(Collectors.toSet());
    Set<String> withErrors =
        EXAMPLES.errorCases().stream().map(ErrorCase::operationId).collect(Collectors.toSet());

    Set<String> operations = Set.of("ping", "panic", "locationping", "emergencyCall");
    assertEquals(operations, withRequests);
    assertEquals(operations, withErrors);
  }

  @TestFactory
  Stream<DynamicTest> successExamplesDecodeFieldByField(PrismMock mock) {
    return EXAMPLES.requestCases().stream()
        .map(
            example ->
                dynamicTest(
                    example.operationId()
                        + " "
                        + nameOf(example)
                        + " returns "
                        + example.successExample(),
                    () -> {
                      Outcome outcome =
                          ExampleCall.send(
                              mock.baseUrl(),
                              example.workflow(),
                              example.body(),
                              200,
                              example.successExample());

                      assertNull(outcome.error(), () -> "unexpected error: " + outcome.error());
                      JsonNode expected = example.expected();
                      WorkflowResult result = outcome.envelope().getResponse();
                      assertEquals(200, outcome.httpStatus());
                      assertEquals(
                          expected.path("status").asText(), outcome.envelope().getStatus());
                      assertTrue(result.getSuccess());
                      assertEquals(
                          expected.path("response").path("message").asText(), result.getMessage());
                      assertEquals(
                          expected.path("response").path("requestID").asText(),
                          result.getRequestID());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> errorExamplesThrowTypedErrors(PrismMock mock) {
    return EXAMPLES.errorCases().stream()
        .map(
            example ->
                dynamicTest(
                    example.operationId()
                        + " "
                        + example.exampleName()
                        + " (HTTP "
                        + example.status()
                        + ")",
                    () -> {
                      Outcome outcome =
                          ExampleCall.send(
                              mock.baseUrl(),
                              example.workflow(),
                              example.request(),
                              example.status(),
                              example.exampleName());

                      Class<? extends RocketCadException> expectedType =
                          DocumentedExamples.EXPECTED_ERRORS.get(example.exampleName());
                      assertNotNull(expectedType, "EXPECTED_ERRORS has no entry for this example");
                      RocketCadException error = assertInstanceOf(expectedType, outcome.error());
                      JsonNode expected = example.expected();
                      assertEquals(example.status(), error.httpStatus());
                      assertEquals(example.workflow(), error.workflow());
                      assertEquals(
                          DocumentedExamplesRunner.expectedMessage(expected), error.apiMessage());
                      JsonNode requestId = expected.path("response").path("requestID");
                      assertEquals(
                          requestId.isTextual() ? requestId.asText() : null, error.requestId());
                      assertTrue(
                          error.getMessage().endsWith(")"),
                          "the message ends with its context: " + error.getMessage());
                      assertFalse(
                          error.getMessage().contains(ExampleCall.PLACEHOLDER_KEY),
                          "the message contains the key: " + error.getMessage());
                    }));
  }

  @Test
  void codedFailureCarriesItsCode(PrismMock mock) {
    Outcome outcome =
        ExampleCall.send(
            mock.baseUrl(),
            io.github.rocketcadsdk.client.Workflow.PING,
            null,
            200,
            "invalid-api-key");

    assertEquals("1A", outcome.error().code());
    assertEquals(
        "The API key was rejected: The provided API Key is not valid or lacks permissions."
            + " modcol.co/e1a (workflow ping, HTTP 200, code 1A, request ID 3KUXZ1KUNUDJN7S)",
        outcome.error().getMessage());
  }

  private static String nameOf(RequestCase example) {
    return example.exampleName() == null ? "without a body" : example.exampleName();
  }
}
