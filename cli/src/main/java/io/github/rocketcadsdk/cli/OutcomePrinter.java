package io.github.rocketcadsdk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.exception.ApiConnectionException;
import io.github.rocketcadsdk.client.exception.AuthenticationException;
import io.github.rocketcadsdk.client.exception.RateLimitException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.exception.WorkflowNotFoundException;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import io.github.rocketcadsdk.client.model.WorkflowResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Prints the outcome of one workflow call, for a person (result on standard output, errors on
 * standard error) or, with {@code --json}, as one JSON document on standard output.
 *
 * <p>Every line passes through {@link #mask(String)}, which hides the API key if the client's own
 * redaction ever missed it.
 */
final class OutcomePrinter {

  static final String MASK = "****";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Workflow workflow;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private String secret;

  OutcomePrinter(Workflow workflow, PrintWriter out, PrintWriter err, boolean json) {
    this.workflow = workflow;
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** Sets the API key to mask in everything printed from now on. */
  void maskSecret(String apiKey) {
    this.secret = apiKey;
  }

  /** Prints a successful result and returns {@link ExitCodes#SUCCESS}. */
  int success(WorkflowEnvelope envelope) {
    if (json) {
      print(out, toJson(JSON.valueToTree(envelope)));
      return ExitCodes.SUCCESS;
    }
    WorkflowResult result = envelope.getResponse();
    print(out, workflow + " succeeded: " + result.getMessage());
    print(out, "Request ID: " + result.getRequestID());
    return ExitCodes.SUCCESS;
  }

  /** Prints a problem found before sending and returns {@link ExitCodes#USAGE}. */
  int usageError(String message) {
    if (json) {
      ObjectNode error = errorObject("UsageError", ExitCodes.USAGE);
      error.put("message", message);
      printErrorJson(error);
    } else {
      print(err, "rocketcad " + workflow + ": " + message);
    }
    return ExitCodes.USAGE;
  }

  /** Prints a failed call and returns its exit code. */
  int failure(RocketCadException e) {
    int exitCode = exitCodeOf(e);
    if (json) {
      printErrorJson(errorJson(e, exitCode));
      return exitCode;
    }
    print(err, "rocketcad " + workflow + " failed: " + e.getMessage());
    String hint = hintFor(e);
    if (hint != null) {
      print(err, hint);
    }
    return exitCode;
  }

  static int exitCodeOf(RocketCadException e) {
    if (e instanceof AuthenticationException) {
      return ExitCodes.AUTHENTICATION;
    }
    if (e instanceof RateLimitException) {
      return ExitCodes.RATE_LIMITED;
    }
    if (e instanceof ApiConnectionException) {
      return ExitCodes.NETWORK;
    }
    return ExitCodes.API_ERROR;
  }

  private String hintFor(RocketCadException e) {
    if (e instanceof AuthenticationException) {
      return "Check the key in "
          + WorkflowCommand.API_KEY_ENV
          + " or --api-key-file: it must be an API key from your community's Owner Panel.";
    }
    if (e instanceof RateLimitException limited) {
      String wait =
          limited.retryAfter() == null
              ? ""
              : " The server asked to wait " + limited.retryAfter().toSeconds() + " s.";
      return "The API is rate limiting this key: wait before sending again." + wait;
    }
    if (e instanceof ApiConnectionException connection) {
      if (!workflow.isIdempotent() && connection.requestMayHaveBeenSent()) {
        return "The request may have reached RocketCAD and was not resent: check there before"
            + " sending "
            + workflow
            + " again.";
      }
      return "Check --base-url and the network connection.";
    }
    if (e instanceof WorkflowNotFoundException) {
      return "RocketCAD's documentation says a 404 can also mean a temporary outage.";
    }
    return null;
  }

  private ObjectNode errorJson(RocketCadException e, int exitCode) {
    ObjectNode error = errorObject(e.getClass().getSimpleName(), exitCode);
    error.put("workflow", workflow.workflowName());
    error.put("httpStatus", e.httpStatus());
    error.put("code", e.code());
    error.put("message", e.getMessage());
    error.put("apiMessage", e.apiMessage());
    error.put("requestId", e.requestId());
    if (e instanceof RateLimitException limited && limited.retryAfter() != null) {
      error.put("retryAfterSeconds", limited.retryAfter().toSeconds());
    }
    if (e instanceof ApiConnectionException connection) {
      error.put("requestMayHaveBeenSent", connection.requestMayHaveBeenSent());
    }
    return error;
  }

  private static ObjectNode errorObject(String type, int exitCode) {
    ObjectNode error = JSON.createObjectNode();
    error.put("type", type);
    error.put("exitCode", exitCode);
    return error;
  }

  /** Prints {@code {"error": error}} on standard output. */
  private void printErrorJson(ObjectNode error) {
    ObjectNode root = JSON.createObjectNode();
    root.set("error", error);
    print(out, toJson(root));
  }

  private static String toJson(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void print(PrintWriter writer, String line) {
    writer.println(mask(line));
    writer.flush();
  }

  String mask(String text) {
    if (secret == null || secret.isEmpty() || text == null) {
      return text;
    }
    return text.replace(secret, MASK);
  }
}
