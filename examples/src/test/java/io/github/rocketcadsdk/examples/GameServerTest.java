package io.github.rocketcadsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.testing.MockResponse;
import io.github.rocketcadsdk.testing.RocketCadMock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A game server's RocketCAD code, tested against the mock with nothing but the extension. */
@RocketCadMock
class GameServerTest {

  private static final PanicAlert ALERT =
      new PanicAlert(
          "EXAMPLESERVER01",
          "steam:110000112345678",
          "1-ADAM-12",
          "Alta St",
          "Vespucci Blvd",
          -1034.6002197266,
          -2732.5197753906);

  private static final List<PlayerLocation> PLAYERS =
      List.of(
          new PlayerLocation("steam:110000112345678", "Alta St", "Vespucci Blvd"),
          new PlayerLocation("steam:110000187654321", "Grove St", ""));

  @Test
  void panicIsSent(RocketCadClient client) {
    GameServer server = new GameServer(client);

    assertEquals(PanicResult.SENT, server.raisePanic(ALERT));
  }

  @Test
  void panicWithRejectedKey(@MockResponse(example = "invalid-api-key") RocketCadClient client) {
    GameServer server = new GameServer(client);

    assertEquals(PanicResult.KEY_REJECTED, server.raisePanic(ALERT));
  }

  @Test
  @MockResponse(code = 404)
  void panicWithMissingWorkflow(RocketCadClient client) {
    GameServer server = new GameServer(client);

    assertEquals(PanicResult.FAILED, server.raisePanic(ALERT));
  }

  @Test
  void scheduledPingsReportEveryPlayer(RocketCadClient client) throws Exception {
    GameServer server = new GameServer(client);

    runThreeRounds(server);

    assertTrue(server.locationPingsSent() >= 6, "sent " + server.locationPingsSent());
    assertEquals(0, server.locationPingsFailed());
  }

  @Test
  void scheduleSurvivesFailedPings(
      @MockResponse(example = "invalid-api-key") RocketCadClient client) throws Exception {
    GameServer server = new GameServer(client);

    runThreeRounds(server);

    assertTrue(server.locationPingsFailed() >= 6, "failed " + server.locationPingsFailed());
    assertEquals(0, server.locationPingsSent());
  }

  /** Runs the schedule until three rounds of two players are done, or fails after 30 seconds. */
  private static void runThreeRounds(GameServer server) throws InterruptedException {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> pings =
          server.scheduleLocationPings(scheduler, () -> PLAYERS, Duration.ofMillis(20));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (server.locationPingsSent() + server.locationPingsFailed() < 6
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }

      assertFalse(pings.isDone(), "the schedule stopped on its own");
    } finally {
      scheduler.shutdownNow();
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
