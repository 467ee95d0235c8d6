package io.waishi.platform.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class CommandsTest {

    static final class File extends AggregateRoot {
        final List<String> notes = new ArrayList<>();

        File(long version) {
            super("f-1", version);
        }
    }

    /** A store whose first {@code conflicts} saves lose to a concurrent writer, which bumps the version. */
    static final class Store {
        final AtomicInteger version = new AtomicInteger(3);
        final AtomicInteger loads = new AtomicInteger();
        int conflicts;

        File load() {
            loads.incrementAndGet();
            return new File(version.get());
        }

        File save(File file) {
            if (conflicts-- > 0) {
                version.incrementAndGet();
                throw new OptimisticLockingFailureException("changed meanwhile");
            }
            return file;
        }
    }

    @Test
    void withoutIfMatchALostSaveIsTriedAgainOnTheNewVersionUpToThreeTimes() {
        Store store = new Store();
        store.conflicts = 2;
        File saved = Commands.onCurrentVersion(store::load, null, file -> file.notes.add("acted"), store::save);
        assertThat(saved.version()).isEqualTo(5);
        assertThat(saved.notes).containsExactly("acted");
        assertThat(store.loads).hasValue(3);

        Store busier = new Store();
        busier.conflicts = 3;
        assertThatThrownBy(() -> Commands.onCurrentVersion(busier::load, null, file -> { }, busier::save))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(busier.loads).hasValue(Commands.ATTEMPTS_WITHOUT_IF_MATCH);
    }

    @Test
    void withIfMatchTheCallersVersionMustBeCurrentAndAConflictIsReportedAtOnce() {
        Store store = new Store();
        assertThatThrownBy(() -> Commands.onCurrentVersion(store::load, 2L, file -> file.notes.add("acted"),
                store::save)).isInstanceOf(StaleVersionException.class);
        store.conflicts = 1;
        assertThatThrownBy(() -> Commands.onCurrentVersion(store::load, 3L, file -> { }, store::save))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(store.loads).hasValue(2);
        assertThat(Commands.onCurrentVersion(store::load, 4L, file -> { }, store::save).version()).isEqualTo(4);
    }

    @Test
    void aRefusedCommandSavesNothing() {
        Store store = new Store();
        AtomicInteger saves = new AtomicInteger();
        assertThatThrownBy(() -> Commands.onCurrentVersion(store::load, null, file -> {
            throw new IllegalArgumentException("refused");
        }, file -> {
            saves.incrementAndGet();
            return file;
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(saves).hasValue(0);
    }
}
