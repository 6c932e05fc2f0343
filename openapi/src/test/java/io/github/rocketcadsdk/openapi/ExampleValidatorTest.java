package io.github.rocketcadsdk.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExampleValidatorTest {

  private static final Path FIXTURE = Path.of("src/test/resources/examples/document.yaml");

  private static List<String> problems;

  @BeforeAll
  static void validateFixture() {
    problems = ExampleValidator.findProblems(FIXTURE);
  }

  @Test
  void bundledDocumentHasNoProblems() {
    assertEquals(List.of(), ExampleValidator.findProblems(BuildPaths.bundle()));
  }

  /** Five wrong named examples, one wrong inline example and one unused example. */
  @Test
  void fixtureHasOneProblemPerWrongExample() {
    assertEquals(7, problems.size(), "problems: " + String.join("\n", problems));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "valid-null-nickname",
        "valid-number-coordinate",
        "valid-response",
      })
  void validExampleIsNotReported(String name) {
    assertEquals(List.of(), problemsNaming("\"" + name + "\""));
  }

  /** Each wrong example is reported once, with the instance location of the violation. */
  @ParameterizedTest
  @CsvSource({
    "null-name, /name",
    "hex-true, /hex",
    "amount-matches-both, /amount",
    "missing-name, (root): required property 'name'",
    "response-name-number, /name",
  })
  void wrongExampleIsReportedWithViolation(String name, String violation) {
    List<String> reported = problemsNaming("Example \"" + name + "\"");

    assertEquals(1, reported.size(), "problems naming " + name + ": " + reported);
    assertTrue(
        reported.get(0).contains("openapi/components/examples/" + name + ".yaml"), reported.get(0));
    assertTrue(reported.get(0).contains(violation), reported.get(0));
  }

  @Test
  void sharedResponseExampleNamesTheResponse() {
    List<String> reported = problemsNaming("\"response-name-number\"");

    assertEquals(1, reported.size(), "problems: " + reported);
    assertTrue(reported.get(0).contains("response Thing (application/json)"), reported.get(0));
  }

  @Test
  void inlineExampleIsReportedWithOperation() {
    List<String> reported = problemsNaming("The example of POST /things response 201");

    assertEquals(1, reported.size(), "problems: " + problems);
    assertTrue(reported.get(0).contains("/id"), reported.get(0));
  }

  @Test
  void unusedExampleIsReported() {
    List<String> reported = problemsNaming("Example \"unused\" is not used");

    assertEquals(1, reported.size(), "problems: " + problems);
  }

  private static List<String> problemsNaming(String text) {
    return problems.stream().filter(problem -> problem.contains(text)).toList();
  }
}
