package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.model.EmergencyCallRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "911",
    description =
        "Opens a 911 call with the 911 workflow. Never resent once it may have reached the"
            + " server, since a second request opens a second call.")
final class EmergencyCallCommand extends WorkflowCommand {

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Sets the body field Name: the name of the caller.")
  String name;

  @Mixin StreetOptions streets;

  @Option(
      names = "--server-id",
      paramLabel = "ID",
      description = "Sets the body field ServerID: the game server's ID from the Owner Panel.")
  String serverId;

  EmergencyCallCommand(Map<String, String> environment) {
    super(environment);
  }

  @Override
  Workflow workflow() {
    return Workflow.EMERGENCY_CALL;
  }

  @Override
  WorkflowEnvelope send(RocketCadClient client) {
    return client.emergencyCall(
        new EmergencyCallRequest()
            .name(name)
            .street(streets.street)
            .cross(streets.cross)
            .serverID(serverId));
  }
}
