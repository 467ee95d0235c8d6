package io.waishi.platform.command;

import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.StaleVersionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * How a use case runs one command on an aggregate: load it, check the caller's {@code If-Match}, let it act,
 * save it. With {@code If-Match} the caller acted on a version they saw, so losing to a concurrent writer is
 * theirs to see (412 or 409). Without it they asked for the act on whatever is current, so a save that loses
 * to a concurrent writer — most often a background task bumping the version — is tried again on the new
 * version, a few times.
 */
public final class Commands {

    /** How often a command without If-Match is tried before the conflict is reported. */
    public static final int ATTEMPTS_WITHOUT_IF_MATCH = 3;

    private Commands() {
    }

    /**
     * @param load            reads the aggregate as it is now (and checks the caller may see it)
     * @param expectedVersion the version from {@code If-Match}, or null
     * @param act             the command; it throws to refuse, and then nothing is saved
     * @param save            writes the aggregate, failing on a version conflict
     */
    public static <A extends AggregateRoot> A onCurrentVersion(Supplier<A> load, Long expectedVersion,
            Consumer<A> act, UnaryOperator<A> save) {
        for (int attempt = 1; ; attempt++) {
            A aggregate = load.get();
            StaleVersionException.requireCurrent(expectedVersion, aggregate.version());
            act.accept(aggregate);
            try {
                return save.apply(aggregate);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (expectedVersion != null || attempt == ATTEMPTS_WITHOUT_IF_MATCH) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
