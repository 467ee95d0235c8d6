package io.waishi.gateway.web;

import io.netty.channel.Channel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.channel.ChannelOperations;
import reactor.netty.http.server.HttpServer;

/**
 * Keeps a kept-alive browser connection readable after every request.
 *
 * <p>Reactor Netty before its fix of September 2026 (this build has 1.3.6; 1.3.8 is the newest served here)
 * can stop reading a keep-alive connection for good: when a request arrives before the previous one's handler
 * has finished (a browser sends it as soon as it has the whole response, while the handler is still
 * completing), it is queued; if the queued request is then answered at once, the queue drains without anyone
 * asking the socket for more, and the next request on that connection waits unread until the browser gives up
 * (reactor/reactor-netty#4361). The console's sign-in stalled on it: the provider's redirect back to the
 * gateway sat in the socket for 30 s. After each request ends, once the event loop has run what the library
 * scheduled, an idle connection with no request in progress is asked to read again; asking a connection
 * already reading changes nothing. Remove when Reactor Netty is upgraded past the fix.
 */
@Configuration(proxyBeanMethods = false)
public class KeepAliveReads {

    /** Long enough for the library's own drain task, queued when the request ended, to have run first. */
    static final Duration RECHECK_AFTER = Duration.ofMillis(20);

    @Bean
    NettyServerCustomizer keepAliveReadsResumed() {
        return KeepAliveReads::resumeAfterEachRequest;
    }

    /** The server with the re-read after each request (public for the regression test on a bare server). */
    public static HttpServer resumeAfterEachRequest(HttpServer server) {
        return server.doOnConnection(request -> {
            Channel channel = request.channel();
            Runnable recheck = () -> channel.eventLoop()
                    .schedule(() -> readIfIdle(channel), RECHECK_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            if (request instanceof ChannelOperations<?, ?> operations) {
                operations.onTerminate().subscribe(null, error -> recheck.run(), recheck);
            }
        });
    }

    private static void readIfIdle(Channel channel) {
        if (channel.isActive() && ChannelOperations.get(channel) == null) {
            channel.read();
        }
    }
}
