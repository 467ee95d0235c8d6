package io.waishi.reception.plan;

import java.time.LocalDate;

/** Where the delegation stays: the hotel, its address, the nights and the rooms booked. */
public record Lodging(String hotel, String address, LocalDate checkIn, LocalDate checkOut, Integer rooms) {

    public Lodging {
        if (hotel == null || hotel.isBlank()) {
            throw new IllegalArgumentException("Lodging names the hotel");
        }
        hotel = hotel.strip();
        if (checkIn != null && checkOut != null && checkOut.isBefore(checkIn)) {
            throw new IllegalArgumentException("Check-out is before check-in");
        }
        if (rooms != null && rooms < 1) {
            throw new IllegalArgumentException("Lodging books at least one room");
        }
    }
}
