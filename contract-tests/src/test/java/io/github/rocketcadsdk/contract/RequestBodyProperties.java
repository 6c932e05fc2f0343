package io.github.rocketcadsdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.testing.PrismMock;
import io.github.rocketcadsdk.testing.RocketCadMockExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random bodies that the document allows pass Prism's validation for every workflow: any subset of
 * the fields, strings that are empty or non-ASCII, {@code Hex} as a string or {@code false}, and
 * coordinates as strings or numbers.
 *
 * <p>jqwik runs no JUnit Jupiter extension, so this class starts its own Prism mock.
 */
class RequestBodyProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static PrismMock mock;

  @BeforeContainer
  static void startMock() {
    String document = System.getProperty(RocketCadMockExtension.DOCUMENT_PROPERTY);
    mock = document == null ? PrismMock.start() : PrismMock.start(Path.of(document));
  }

  @AfterContainer
  static void stopMock() {
    if (mock != null) {
      mock.close();
    }
  }

  @Property(tries = 200)
  void validBodyPassesValidation(@ForAll("requests") Tuple2<String, Map<String, Object>> request)
      throws Exception {
    String body = MAPPER.writeValueAsString(request.get2());

    HttpResponse<String> response =
        RawRequests.post(
            mock.baseUrl(), "/api/1.1/wf/" + request.get1() + "?api_key=DEVELOPER_TESTING", body);

    assertEquals(Optional.empty(), response.headers().firstValue("sl-violations"), body);
    assertEquals(200, response.statusCode(), body);
  }

  /** Provides a workflow name and a body for it. */
  @Provide
  Arbitrary<Tuple2<String, Map<String, Object>>> requests() {
    Arbitrary<Object> text = texts().map(value -> (Object) value);
    Arbitrary<Object> hex = Arbitraries.oneOf(text, Arbitraries.just(false));
    Arbitrary<Object> coordinate = Arbitraries.oneOf(text, coordinates());

    Map<String, Arbitrary<Object>> ping = new LinkedHashMap<>();
    ping.put("communityID", text);
    ping.put("serverID", text);

    Map<String, Arbitrary<Object>> panic = new LinkedHashMap<>();
    panic.put("ServerID", text);
    panic.put("SteamHex", text);
    panic.put("Name", text);
    panic.put("Street", text);
    panic.put("Cross", text);
    panic.put("callX", coordinate);
    panic.put("callY", coordinate);
    panic.put("Hex", hex);
    panic.put("ServerId", text);

    Map<String, Arbitrary<Object>> locationping = new LinkedHashMap<>();
    locationping.put("SteamHex", text);
    locationping.put("Street", text);
    locationping.put("Cross", text);
    locationping.put("Hex", hex);

    Map<String, Arbitrary<Object>> emergencyCall = new LinkedHashMap<>();
    emergencyCall.put("Name", text);
    emergencyCall.put("Street", text);
    emergencyCall.put("Cross", text);
    emergencyCall.put("ServerID", text);

    return Arbitraries.oneOf(
        bodies(ping).map(body -> Tuple.of("ping", body)),
        bodies(panic).map(body -> Tuple.of("panic", body)),
        bodies(locationping).map(body -> Tuple.of("locationping", body)),
        bodies(emergencyCall).map(body -> Tuple.of("911", body)));
  }

  /** Returns bodies with each field present or left out at random. */
  private static Arbitrary<Map<String, Object>> bodies(Map<String, Arbitrary<Object>> fields) {
    List<String> names = new ArrayList<>(fields.keySet());
    List<Arbitrary<Object>> values = new ArrayList<>();
    for (String name : names) {
      values.add(fields.get(name).injectNull(0.3));
    }
    return Combinators.combine(values)
        .as(
            picked -> {
              Map<String, Object> body = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                if (picked.get(i) != null) {
                  body.put(names.get(i), picked.get(i));
                }
              }
              return body;
            });
  }

  /** Strings up to 30 characters, empty included, from ASCII, the rest of the BMP and emoji. */
  private static Arbitrary<String> texts() {
    Arbitrary<String> bmp =
        Arbitraries.strings()
            .withCharRange('\u0000', '\u007f')
            .withCharRange('\u00a0', '\ud7ff')
            .withCharRange('\ue000', '\ufffd')
            .ofMaxLength(30);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(6, bmp),
        Tuple.of(1, bmp.map(value -> value + "\ud83d\ude80")));
  }

  /** Map coordinates as JSON numbers, integral or not. */
  private static Arbitrary<Object> coordinates() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-100_000, 100_000).map(value -> (Object) value),
        Arbitraries.integers().between(-100_000, 100_000).map(value -> (Object) value));
  }
}
