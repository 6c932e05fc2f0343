package io.github.rocketcadsdk.examples;

import io.github.rocketcadsdk.client.RocketCadClient;

/**
 * Raises one panic alert and prints what became of it.
 *
 * <p>Run: {@code java ... PanicAlertExample http://127.0.0.1:4010}
 */
public final class PanicAlertExample {

  private PanicAlertExample() {}

  public static void main(String[] args) {
    RocketCadClient client = ExampleSettings.clientFrom(args, "PanicAlertExample");
    if (client == null) {
      System.exit(2);
    }
    GameServer server = new GameServer(client);

    PanicResult result =
        server.raisePanic(
            new PanicAlert(
                "EXAMPLESERVER01",
                "steam:110000112345678",
                "1-ADAM-12",
                "Alta St",
                "Vespucci Blvd",
                -1034.6002197266,
                -2732.5197753906));

    System.out.println("Panic alert: " + result);
    System.exit(result == PanicResult.SENT ? 0 : 1);
  }
}
