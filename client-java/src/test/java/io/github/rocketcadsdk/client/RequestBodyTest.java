package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.client.StubServer.RecordedRequest;
import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.model.EmergencyCallRequest;
import io.github.rocketcadsdk.client.model.LocationpingRequest;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import org.junit.jupiter.api.Test;

/** What each workflow method puts on the wire. */
class RequestBodyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void pingWithoutBodySendsEmptyObject() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(200, Responses.PING_OK));
      RocketCadClient client = client(server);

      WorkflowEnvelope envelope = client.ping();

      RecordedRequest request = server.takeRequest();
      assertEquals("POST /api/1.1/wf/ping?api_key=test-key-0123 HTTP/1.1", request.requestLine());
      assertEquals("application/json", request.header("Content-Type"));
      assertEquals("{}", request.bodyText());
      assertEquals("OLV213JN6XL1BLS", envelope.getResponse().getRequestID());
    }
  }

  @Test
  void nullBodiesSendEmptyObjects() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(200, Responses.PANIC_OK));
      RocketCadClient client = client(server);

      client.panic(null);
      client.locationping(null);
      client.emergencyCall(null);

      assertEquals(
          "POST /api/1.1/wf/panic?api_key=test-key-0123 HTTP/1.1",
          server.takeRequest().requestLine());
      assertEquals(
          "POST /api/1.1/wf/locationping?api_key=test-key-0123 HTTP/1.1",
          server.takeRequest().requestLine());
      RecordedRequest emergencyCall = server.takeRequest();
      assertEquals(
          "POST /api/1.1/wf/911?api_key=test-key-0123 HTTP/1.1", emergencyCall.requestLine());
      assertEquals("{}", emergencyCall.bodyText());
    }
  }

  @Test
  void panicSendsDocumentedFieldNames() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(200, Responses.PANIC_OK));
      PanicRequest panic =
          new PanicRequest()
              .serverID("EXAMPLESERVER01")
              .steamHex("steam:110000112345678")
              .name("1-ADAM-12")
              .street("Alta St")
              .cross("")
              .callX("-1034.6002197266")
              .callY("-2732.5197753906");

      client(server).panic(panic);

      JsonNode body = MAPPER.readTree(server.takeRequest().body());
      assertEquals("EXAMPLESERVER01", body.path("ServerID").asText());
      assertEquals("steam:110000112345678", body.path("SteamHex").asText());
      assertEquals("1-ADAM-12", body.path("Name").asText());
      assertEquals("Alta St", body.path("Street").asText());
      assertEquals("", body.path("Cross").asText());
      assertTrue(body.path("callX").isTextual());
      assertEquals("-2732.5197753906", body.path("callY").asText());
      assertEquals(7, body.size(), "unset fields are left out: " + body);
    }
  }

  @Test
  void vendorFieldsKeepTheirJsonTypes() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(200, Responses.PANIC_OK));
      RocketCadClient client = client(server);

      client.locationping(new LocationpingRequest().hex(false).street("Route 68"));
      client.emergencyCall(new EmergencyCallRequest().name("Jordan Example").cross(""));

      JsonNode locationping = MAPPER.readTree(server.takeRequest().body());
      assertTrue(locationping.path("Hex").isBoolean());
      assertEquals(false, locationping.path("Hex").asBoolean(true));
      JsonNode emergencyCall = MAPPER.readTree(server.takeRequest().body());
      assertEquals("", emergencyCall.path("Cross").asText());
    }
  }

  @Test
  void unwritableFieldRejectedBeforeSending() throws Exception {
    try (StubServer server = StubServer.start()) {
      RocketCadClient client = client(server);

      IllegalArgumentException error =
          assertThrows(
              IllegalArgumentException.class,
              () -> client.panic(new PanicRequest().name("1-ADAM-12").hex(new Object())));

      assertTrue(error.getMessage().startsWith("The panic request cannot be written as JSON"));
      assertEquals(0, server.requestCount());
    }
  }

  private static RocketCadClient client(StubServer server) {
    return RocketCadClient.builder().baseUrl(server.baseUrl()).apiKey(TestKeys.KEY).build();
  }
}
