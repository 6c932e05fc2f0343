package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.model.LocationpingRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "locationping",
    description =
        "Reports a player's location with the locationping workflow. Retried on failure, like the"
            + " client.")
final class LocationpingCommand extends WorkflowCommand {

  @Option(
      names = "--steam-hex",
      paramLabel = "HEX",
      description =
          "Sets the body field SteamHex: the Steam hex of the player, such as"
              + " steam:110000112345678.")
  String steamHex;

  @Mixin StreetOptions streets;

  LocationpingCommand(Map<String, String> environment) {
    super(environment);
  }

  @Override
  Workflow workflow() {
    return Workflow.LOCATIONPING;
  }

  @Override
  WorkflowEnvelope send(RocketCadClient client) {
    return client.locationping(
        new LocationpingRequest().steamHex(steamHex).street(streets.street).cross(streets.cross));
  }
}
