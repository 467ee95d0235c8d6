package io.waishi.contracts;

/**
 * The Kafka topics of the suite: one per owning context and aggregate. Every topic has a dead-letter
 * companion named {@code <topic>.DLT}. The record key is always the aggregate id, so one aggregate's
 * events stay in order.
 */
public enum Topic {

    SISTER_CITY_PARTNER_CITIES("waishi.sister-city.partner-cities"),
    SISTER_CITY_ACTIVITIES("waishi.sister-city.activities"),
    SISTER_CITY_RELATIONSHIPS("waishi.sister-city.relationships"),
    SISTER_CITY_PROJECTS("waishi.sister-city.projects"),
    TRAVEL_DELEGATIONS("waishi.travel.delegations"),
    TRAVEL_PASSPORTS("waishi.travel.passports"),
    TRAVEL_AUTHORISATIONS("waishi.travel.authorisations"),
    RECEPTION_VISITS("waishi.reception.visits"),
    /** Gifts at visits (the hospitality of one visit), keyed by the visit id. */
    RECEPTION_GIFTS("waishi.reception.gifts"),
    PUBLICITY_ITEMS("waishi.publicity.items"),
    PUBLICITY_COUNTRIES("waishi.publicity.countries");

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    public static Topic byName(String topicName) {
        for (Topic topic : values()) {
            if (topic.topicName.equals(topicName)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("Unknown Waishi topic: " + topicName);
    }
}
