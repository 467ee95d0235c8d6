package io.waishi.reception.plan;

/** A car or coach for the delegation: what it is, its plate, and the seats it has. */
public record Vehicle(String description, String plate, Integer seats, String driver) {

    public Vehicle {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A vehicle needs a description");
        }
        description = description.strip();
        if (seats != null && seats < 1) {
            throw new IllegalArgumentException("A vehicle has at least one seat");
        }
    }
}
