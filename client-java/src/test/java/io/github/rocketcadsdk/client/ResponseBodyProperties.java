package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a server sends, a call returns a successful envelope or throws a {@link
 * RocketCadException}: random bytes, random JSON, and real envelopes with random edits, under
 * random statuses and headers. The key, which some bodies echo, appears in no error.
 */
class ResponseBodyProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Published envelopes, and a coded failure whose message echoes the key. */
  private static final List<String> ENVELOPES =
      List.of(
          Responses.PING_OK,
          Responses.PANIC_OK,
          Responses.CODED_1A,
          Responses.MISSING_KEY,
          Responses.NOT_FOUND,
          Responses.ERROR_CLASS,
          Responses.codedFailure("2A"),
          "{\"status\":\"success\",\"response\":{\"success\":false,\"message\":\"Key "
              + KeyCanary.KEY
              + " is not valid. modcol.co/e1a\",\"requestID\":\"3KUXZ1KUNUDJN7S\"}}");

  /** Field paths of the envelopes that the structural edits replace. */
  private static final List<List<String>> FIELDS =
      List.of(
          List.of("status"),
          List.of("response"),
          List.of("response", "success"),
          List.of("response", "message"),
          List.of("response", "requestID"),
          List.of("statusCode"),
          List.of("body"),
          List.of("body", "status"),
          List.of("body", "message"),
          List.of("error_class"),
          List.of("translation"));

  private static final List<String> JSON_KEYS =
      List.of(
          "status",
          "response",
          "success",
          "message",
          "requestID",
          "body",
          "statusCode",
          "error_class",
          "translation",
          "detail",
          "title");

  @Property(tries = 200)
  void responseEndsInEnvelopeOrTypedError(
      @ForAll("statuses") int status,
      @ForAll("bodies") byte[] body,
      @ForAll("retryAfters") String retryAfter)
      throws Exception {
    try (StubServer server = StubServer.start()) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      if (!retryAfter.isEmpty()) {
        headers.put("Retry-After", retryAfter);
      }
      server.enqueue(new StubResponse(status, headers, body, Duration.ZERO, -1, false, false));
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(KeyCanary.KEY)
              .readTimeout(Duration.ofSeconds(5))
              .retryPolicy(RetryPolicy.none())
              .build();

      WorkflowEnvelope envelope;
      try {
        envelope = client.ping();
      } catch (RocketCadException e) {
        KeyCanary.assertAbsent(e);
        return;
      }

      assertTrue(envelope.getResponse().getSuccess(), "a returned envelope is a success");
    }
  }

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(200)),
        Tuple.of(3, Arbitraries.of(201, 204, 400, 401, 403, 404, 429, 500, 502, 503)),
        Tuple.of(1, Arbitraries.integers().between(200, 599)));
  }

  @Provide
  Arbitrary<String> retryAfters() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(
            3,
            Arbitraries.of(
                "0", "-1", "abc", "99999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT")),
        Tuple.of(1, Arbitraries.strings().ascii().ofMaxLength(20).map(String::strip)));
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
        Tuple.of(2, randomJson().map(ResponseBodyProperties::utf8)),
        Tuple.of(3, editedEnvelopes().map(ResponseBodyProperties::utf8)),
        Tuple.of(3, replacedFields().map(ResponseBodyProperties::utf8)));
  }

  /** Random JSON documents up to three levels deep, with the envelopes' keys among theirs. */
  private static Arbitrary<String> randomJson() {
    return jsonValues().map(ResponseBodyProperties::write);
  }

  private static Arbitrary<Object> jsonValues() {
    Arbitrary<Object> scalars =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(20).map(text -> (Object) text),
            Arbitraries.integers().map(number -> (Object) number),
            Arbitraries.doubles().map(number -> (Object) number),
            Arbitraries.of(true, false).map(flag -> (Object) flag),
            Arbitraries.<Object>just(null));
    return Arbitraries.recursive(
        () -> scalars,
        values ->
            Arbitraries.oneOf(
                values.list().ofMaxSize(4).map(list -> (Object) list),
                Arbitraries.maps(
                        Arbitraries.oneOf(
                            Arbitraries.of(JSON_KEYS), Arbitraries.strings().ofMaxLength(8)),
                        values)
                    .ofMaxSize(5)
                    .map(map -> (Object) map)),
        0,
        3);
  }

  /** Envelopes with one to three character edits: deletions, insertions and cuts. */
  private static Arbitrary<String> editedEnvelopes() {
    Arbitrary<int[]> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 20),
                Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '\\', ' ', 't', '0', 'é'))
            .as(
                (kind, position, length, character) ->
                    new int[] {kind, position, length, character});
    return Combinators.combine(Arbitraries.of(ENVELOPES), edit.list().ofMinSize(1).ofMaxSize(3))
        .as(ResponseBodyProperties::applyEdits);
  }

  private static String applyEdits(String envelope, List<int[]> edits) {
    StringBuilder text = new StringBuilder(envelope);
    for (int[] edit : edits) {
      int position = edit[1] % (text.length() + 1);
      switch (edit[0]) {
        case 0 -> text.delete(position, Math.min(text.length(), position + edit[2]));
        case 1 -> text.insert(position, (char) edit[3]);
        default -> text.setLength(position);
      }
    }
    return text.toString();
  }

  /** Envelopes with one field replaced by random JSON of any type. */
  private static Arbitrary<String> replacedFields() {
    return Combinators.combine(Arbitraries.of(ENVELOPES), Arbitraries.of(FIELDS), jsonValues())
        .as(ResponseBodyProperties::replaceField);
  }

  private static String replaceField(String envelope, List<String> path, Object value) {
    JsonNode root = read(envelope);
    JsonNode parent = root;
    for (String name : path.subList(0, path.size() - 1)) {
      parent = parent.path(name);
    }
    if (parent instanceof ObjectNode object) {
      object.set(path.get(path.size() - 1), MAPPER.valueToTree(value));
    }
    return root.toString();
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid envelope in the test: " + json, e);
    }
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write generated JSON " + value, e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
