package io.github.rocketcadsdk.examples;

import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.exception.ApiConnectionException;
import io.github.rocketcadsdk.client.exception.AuthenticationException;
import io.github.rocketcadsdk.client.exception.RateLimitException;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.LocationpingRequest;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RocketCAD side of a game server: reports player locations on a schedule and raises panic
 * alerts. One instance shares one {@link RocketCadClient}, which is safe to use from many threads.
 */
public final class GameServer {

  private static final Logger LOG = LoggerFactory.getLogger(GameServer.class);

  private final RocketCadClient client;
  private final AtomicLong locationPingsSent = new AtomicLong();
  private final AtomicLong locationPingsFailed = new AtomicLong();

  public GameServer(RocketCadClient client) {
    this.client = client;
  }

  /**
   * Sends one location ping per player. A failed ping is logged and counted, and the remaining
   * players are still reported. The client has already retried a ping that failed for a reason
   * worth retrying, since locationping is safe to repeat.
   */
  public void reportLocations(List<PlayerLocation> players) {
    for (PlayerLocation player : players) {
      try {
        client.locationping(
            new LocationpingRequest()
                .steamHex(player.steamHex())
                .street(player.street())
                .cross(player.cross()));
        locationPingsSent.incrementAndGet();
      } catch (RocketCadException e) {
        locationPingsFailed.incrementAndGet();
        LOG.warn("Location ping for {} failed: {}", player.steamHex(), e.getMessage());
      }
    }
  }

  /**
   * Reports the players' locations now and then again {@code period} after each round ends, until
   * the returned future is cancelled or the scheduler shuts down. The task catches and logs every
   * {@code RuntimeException}, because a scheduled task that throws is never run again.
   */
  public ScheduledFuture<?> scheduleLocationPings(
      ScheduledExecutorService scheduler, Supplier<List<PlayerLocation>> players, Duration period) {
    Runnable round =
        () -> {
          try {
            reportLocations(players.get());
          } catch (RuntimeException e) {
            LOG.error("Location ping round failed", e);
          }
        };
    return scheduler.scheduleWithFixedDelay(round, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Raises a panic alert and returns what became of it. The client never resends a panic once the
   * request may have reached RocketCAD, because a second request raises a second alert, so {@link
   * PanicResult#MAY_HAVE_BEEN_SENT} needs a person to check before pressing again.
   */
  public PanicResult raisePanic(PanicAlert alert) {
    PanicRequest request =
        new PanicRequest()
            .serverID(alert.serverId())
            .steamHex(alert.steamHex())
            .name(alert.callsign())
            .street(alert.street())
            .cross(alert.cross())
            .callX(Double.toString(alert.x()))
            .callY(Double.toString(alert.y()));
    try {
      WorkflowEnvelope envelope = client.panic(request);
      LOG.info(
          "Panic for {} sent, request ID {}",
          alert.callsign(),
          envelope.getResponse().getRequestID());
      return PanicResult.SENT;
    } catch (AuthenticationException e) {
      LOG.error("Panic for {} failed, check the API key: {}", alert.callsign(), e.getMessage());
      return PanicResult.KEY_REJECTED;
    } catch (RateLimitException e) {
      LOG.error("Panic for {} failed, rate limited: {}", alert.callsign(), e.getMessage());
      return PanicResult.RATE_LIMITED;
    } catch (ApiConnectionException e) {
      if (e.requestMayHaveBeenSent()) {
        LOG.error(
            "Panic for {} may have reached RocketCAD and was not resent: {}",
            alert.callsign(),
            e.getMessage());
        return PanicResult.MAY_HAVE_BEEN_SENT;
      }
      LOG.error("Panic for {} was not sent: {}", alert.callsign(), e.getMessage());
      return PanicResult.NOT_SENT;
    } catch (RocketCadException e) {
      LOG.error("Panic for {} failed: {}", alert.callsign(), e.getMessage());
      return PanicResult.FAILED;
    }
  }

  /** Returns how many location pings succeeded so far. */
  public long locationPingsSent() {
    return locationPingsSent.get();
  }

  /** Returns how many location pings failed so far. */
  public long locationPingsFailed() {
    return locationPingsFailed.get();
  }
}
