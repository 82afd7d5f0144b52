package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes as each tool prints them (field sets per reference/stack/FACTS.md §5.4). */
class ContainerListParserTest {

    @Test
    void dockerPsJsonLines() {
        String out = "{\"Command\":\"\\\"prefect agent local…\\\"\",\"CreatedAt\":\"2026-11-24 02:00:00 +0000 UTC\",\"ID\":\"a1b2c3\","
                + "\"Image\":\"prefecthq/prefect:1.4.1\",\"Labels\":\"com.docker.compose.config-hash=ab,"
                + "com.docker.compose.project.config_files=/home/etl/elt/docker/docker-compose.yml,/home/etl/elt/docker/extra.yml,"
                + "com.docker.compose.project=docker,com.docker.compose.service=agent\",\"Names\":\"docker_agent_1\","
                + "\"Ports\":\"\",\"RunningFor\":\"5 minutes ago\",\"State\":\"running\",\"Status\":\"Up 5 minutes (healthy)\"}\n"
                + "{\"ID\":\"d4e5\",\"Image\":\"prefecthq/apollo:core-1.4.1\",\"Labels\":\"com.docker.compose.project=docker,"
                + "com.docker.compose.service=apollo\",\"Names\":\"docker_apollo_1\",\"Ports\":\"127.0.0.1:4200->4200/tcp\","
                + "\"State\":\"exited\",\"Status\":\"Exited (1) 2 minutes ago\"}\n";
        List<ContainerInfo> containers = ContainerListParser.parse(out);
        assertThat(containers).hasSize(2);
        ContainerInfo agent = containers.get(0);
        assertThat(agent.service()).isEqualTo("agent");
        assertThat(agent.project()).isEqualTo("docker");
        assertThat(agent.name()).isEqualTo("docker_agent_1");
        assertThat(agent.health()).isEqualTo("healthy");
        assertThat(agent.isRunning()).isTrue();
        assertThat(agent.ports()).isEmpty();
        assertThat(containers.get(1).ports()).containsExactly("127.0.0.1:4200->4200/tcp");
        assertThat(containers.get(1).isRunning()).isFalse();
    }

    @Test
    void composeV2ArrayUpTo220() {
        String out = "[{\"ID\":\"f00\",\"Name\":\"docker-agent-1\",\"Command\":\"prefect agent local start\",\"Project\":\"docker\","
                + "\"Service\":\"agent\",\"State\":\"running\",\"Health\":\"\",\"ExitCode\":0,\"Publishers\":null},"
                + "{\"ID\":\"ba5\",\"Name\":\"docker-ui-1\",\"Project\":\"docker\",\"Service\":\"ui\",\"State\":\"running\","
                + "\"Health\":\"starting\",\"ExitCode\":0,\"Publishers\":[{\"URL\":\"127.0.0.1\",\"TargetPort\":8080,"
                + "\"PublishedPort\":8080,\"Protocol\":\"tcp\"}]}]";
        List<ContainerInfo> containers = ContainerListParser.parse(out);
        assertThat(containers).extracting(ContainerInfo::service).containsExactly("agent", "ui");
        assertThat(containers.get(0).name()).isEqualTo("docker-agent-1");
        assertThat(containers.get(1).health()).isEqualTo("starting");
        assertThat(containers.get(1).ports()).containsExactly("127.0.0.1:8080->8080/tcp");
        assertThat(ContainerListParser.parse("[]")).isEmpty();
    }

    @Test
    void composeV2LinesFrom221WithoutProject() {
        String out = "{\"Command\":\"\\\"/docker-entrypoint…\\\"\",\"ExitCode\":0,\"Health\":\"\",\"ID\":\"9z\",\"Image\":\"ui:1\","
                + "\"Labels\":\"com.docker.compose.project=elt,com.docker.compose.service=ui\",\"Name\":\"elt-ui-1\","
                + "\"Names\":\"elt-ui-1\",\"Ports\":\"127.0.0.1:8080->8080/tcp\",\"Publishers\":[{\"URL\":\"127.0.0.1\","
                + "\"TargetPort\":8080,\"PublishedPort\":8080,\"Protocol\":\"tcp\"}],\"Service\":\"ui\",\"State\":\"running\","
                + "\"Status\":\"Up 3 seconds\"}\n";
        ContainerInfo ui = ContainerListParser.parse(out).get(0);
        assertThat(ui.project()).isEqualTo("elt");
        assertThat(ui.ports()).containsExactly("127.0.0.1:8080->8080/tcp");
        assertThat(ContainerListParser.parse("")).isEmpty();
    }

    @Test
    void labelValuesMayHoldCommas() {
        assertThat(ContainerListParser.labels("a=1,files=/x.yml,/y.yml,b=2"))
                .containsEntry("files", "/x.yml,/y.yml").containsEntry("a", "1").containsEntry("b", "2");
    }

    @Test
    void somethingElseSaysWhatWasExpected() {
        assertThatThrownBy(() -> ContainerListParser.parse("Got permission denied while trying to connect to the Docker daemon"))
                .hasMessageContaining("not the JSON expected");
    }
}
