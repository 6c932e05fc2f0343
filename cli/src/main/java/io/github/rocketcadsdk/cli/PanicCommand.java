package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "panic",
    description =
        "Raises a panic alert with the panic workflow. Never resent once it may have reached the"
            + " server, since a second request raises a second alert.")
final class PanicCommand extends WorkflowCommand {

  @Option(
      names = "--server-id",
      paramLabel = "ID",
      description = "Sets the body field ServerID: the game server's ID from the Owner Panel.")
  String serverId;

  @Option(
      names = "--steam-hex",
      paramLabel = "HEX",
      description =
          "Sets the body field SteamHex: the Steam hex of the player who pressed the panic button,"
              + " such as steam:110000112345678.")
  String steamHex;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "Sets the body field Name: the name or callsign of the unit, such as 1-ADAM-12.")
  String name;

  @Mixin StreetOptions streets;

  @Option(
      names = "--call-x",
      paramLabel = "X",
      converter = DecimalConverter.class,
      description = "Sets the body field callX: the unit's X game coordinate, a decimal number.")
  String callX;

  @Option(
      names = "--call-y",
      paramLabel = "Y",
      converter = DecimalConverter.class,
      description = "Sets the body field callY: the unit's Y game coordinate, a decimal number.")
  String callY;

  PanicCommand(Map<String, String> environment) {
    super(environment);
  }

  @Override
  Workflow workflow() {
    return Workflow.PANIC;
  }

  @Override
  WorkflowEnvelope send(RocketCadClient client) {
    return client.panic(
        new PanicRequest()
            .serverID(serverId)
            .steamHex(steamHex)
            .name(name)
            .street(streets.street)
            .cross(streets.cross)
            .callX(callX)
            .callY(callY));
  }
}
