package io.waishi.travel.demo;

import io.waishi.travel.delegation.Member;
import io.waishi.travel.delegation.MemberRole;
import io.waishi.travel.delegation.RankLevel;
import io.waishi.travel.passport.Holder;
import io.waishi.travel.passport.PassportNumber;
import io.waishi.travel.passport.PassportType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Someone of a demo unit who travels. Their official passport has a fixed id and number, so a second load
 * finds it.
 *
 * @param serial   the person's number in the demo, unique: person id {@code DEMO-<serial>}
 * @param unitHead a principal leader of the unit (two of them never travel together)
 */
record DemoPerson(int serial, DemoUnit unit, String name, String post, RankLevel rank, boolean unitHead) {

    static DemoPerson of(int serial, DemoUnit unit, String name, String post, RankLevel rank) {
        return new DemoPerson(serial, unit, name, post, rank, false);
    }

    static DemoPerson head(int serial, DemoUnit unit, String name, String post, RankLevel rank) {
        return new DemoPerson(serial, unit, name, post, rank, true);
    }

    String personId() {
        return "DEMO-" + serial;
    }

    /** The passport type their rank gives (S35), e.g. service passports from division level up. */
    PassportType passportType() {
        return PassportType.forRank(rank);
    }

    /** {@code SE62…} for a service passport, {@code PE62…} for an ordinary official one, {@code DE62…} diplomatic. */
    PassportNumber passportNumber() {
        String letter = switch (passportType()) {
            case DIPLOMATIC -> "D";
            case SERVICE -> "S";
            case ORDINARY_OFFICIAL -> "P";
        };
        return new PassportNumber(letter + "E62" + serial);
    }

    String passportId() {
        return UUID.nameUUIDFromBytes(("waishi-demo:passport:" + personId()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    Holder holder() {
        return new Holder(personId(), name, unit.code(), rank);
    }

    /** The person in a delegation: its leader, or an interpreter or member by their post. */
    Member member(boolean leader) {
        MemberRole role = leader ? MemberRole.LEADER
                : post.toLowerCase(Locale.ROOT).contains("interpreter") ? MemberRole.INTERPRETER : MemberRole.MEMBER;
        return new Member(name, unit.code(), post, rank, role, unitHead, personId());
    }
}
