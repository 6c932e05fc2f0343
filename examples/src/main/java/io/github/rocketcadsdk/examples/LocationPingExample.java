package io.github.rocketcadsdk.examples;

import io.github.rocketcadsdk.client.RocketCadClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reports two players' locations every 2 seconds for 7 seconds, then stops: the loop a game server
 * runs for as long as it is up.
 *
 * <p>Run: {@code java ... LocationPingExample http://127.0.0.1:4010}
 */
public final class LocationPingExample {

  private static final Duration PERIOD = Duration.ofSeconds(2);
  private static final Duration RUN_TIME = Duration.ofSeconds(7);

  private LocationPingExample() {}

  public static void main(String[] args) throws InterruptedException {
    RocketCadClient client = ExampleSettings.clientFrom(args, "LocationPingExample");
    if (client == null) {
      System.exit(2);
    }
    GameServer server = new GameServer(client);
    List<PlayerLocation> players =
        List.of(
            new PlayerLocation("steam:110000112345678", "Alta St", "Vespucci Blvd"),
            new PlayerLocation("steam:110000187654321", "Grove St", ""));

    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      server.scheduleLocationPings(scheduler, () -> players, PERIOD);
      Thread.sleep(RUN_TIME.toMillis());
    } finally {
      scheduler.shutdown();
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    }

    System.out.println(
        "Location pings sent: "
            + server.locationPingsSent()
            + ", failed: "
            + server.locationPingsFailed());
  }
}
