package io.waishi.travel.plan;

/**
 * One entry of a revised item list: the trip as it shall be, and the item it revises ({@code null} for a new
 * trip). Items of the plan that no revision names are removed.
 */
public record ItemRevision(String itemId, PlannedTrip trip) {

    public ItemRevision {
        if (trip == null) {
            throw new IllegalArgumentException("A revised item needs its trip");
        }
    }
}
