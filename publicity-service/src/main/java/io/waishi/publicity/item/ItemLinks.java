package io.waishi.publicity.item;

/** What an item is about, by the ids other services gave those files; each optional. */
public record ItemLinks(String partnerCityId, String visitId, String delegationId) {

    public static final ItemLinks NONE = new ItemLinks(null, null, null);

    public ItemLinks {
        partnerCityId = blankToNull(partnerCityId);
        visitId = blankToNull(visitId);
        delegationId = blankToNull(delegationId);
    }

    private static String blankToNull(String id) {
        return id == null || id.isBlank() ? null : id.strip();
    }
}
