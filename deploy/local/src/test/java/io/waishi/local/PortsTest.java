package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortCanBeBoundAndProbed() throws Exception {
        int port = Ports.freePort();
        assertThat(port).isBetween(1, 65535);
        assertThat(Ports.isFree(port)).isTrue();
        assertThat(Ports.isListening(port, 200)).isFalse();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(Ports.isFree(port)).isFalse();
            assertThat(Ports.isListening(port, 1000)).isTrue();
        }
    }

    @Test
    void freePortAvoidsPortsAlreadyHandedOut() {
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = Ports.freePort(taken);
            assertThat(taken).doesNotContain(port);
            taken.add(port);
        }
    }

    @Test
    void zeroPortsResolveToDistinctFreePortsWhenTheStackIsBuilt() {
        LocalStack stack = LocalStack.builder().randomPorts().build();
        List<Integer> ports = new ArrayList<>();
        for (String process : LocalStack.PROCESSES) {
            ports.add(stack.port(process));
        }
        ports.add(stack.kafkaControllerPort());
        assertThat(ports).doesNotContain(0).doesNotHaveDuplicates();
        assertThat(stack.gatewayUrl()).isEqualTo("http://127.0.0.1:" + stack.gatewayPort());
        assertThat(stack.serviceUrl("travel")).isEqualTo("http://127.0.0.1:" + stack.port(LocalStack.TRAVEL));
        assertThat(stack.kafkaBootstrapServers()).isEqualTo("127.0.0.1:" + stack.kafkaPort());
        assertThat(stack.mongoUri()).isEqualTo("mongodb://127.0.0.1:" + stack.mongoPort());
    }

    @Test
    void fixedPortsAreKeptAndDefaultsAreTheDocumentedOnes() {
        LocalStack defaults = LocalStack.builder().build();
        assertThat(defaults.gatewayPort()).isEqualTo(8080);
        assertThat(defaults.port(LocalStack.SISTER_CITY)).isEqualTo(8081);
        assertThat(defaults.port(LocalStack.TRAVEL)).isEqualTo(8082);
        assertThat(defaults.port(LocalStack.RECEPTION)).isEqualTo(8083);
        assertThat(defaults.port(LocalStack.PUBLICITY)).isEqualTo(8084);
        assertThat(defaults.kafkaPort()).isEqualTo(9092);
        assertThat(defaults.kafkaControllerPort()).isEqualTo(9093);
        assertThat(defaults.mongoPort()).isEqualTo(27017);

        LocalStack mixed = LocalStack.builder().randomPorts().gatewayPort(18080).build();
        assertThat(mixed.gatewayPort()).isEqualTo(18080);
        assertThat(mixed.port(LocalStack.TRAVEL)).isNotEqualTo(18080);
    }
}
