package io.waishi.travel.authorisation;

/** Someone a multi-trip authorisation covers. Personal data: in the file, never in events. */
public record AuthorisedPerson(String personId, String name, String post) {

    public AuthorisedPerson {
        if (personId == null || personId.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("An authorised person needs a person id and a name");
        }
    }
}
