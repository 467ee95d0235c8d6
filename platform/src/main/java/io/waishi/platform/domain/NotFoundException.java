package io.waishi.platform.domain;

/** No such object, or none the actor may see (so another unit's file is indistinguishable). Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " not found");
    }
}
