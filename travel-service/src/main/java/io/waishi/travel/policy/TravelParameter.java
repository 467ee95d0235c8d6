package io.waishi.travel.policy;

import java.math.BigDecimal;

/**
 * The policy parameters of official outbound travel (RULES.md §1), with their defaults and sources.
 * Each is a number an ADMIN can change with an effective date; the rules read the value in force on the
 * date that matters. The defaults are the ones the sources give, never constants in the rules.
 */
public enum TravelParameter {

    MAX_COUNTRIES_PER_TRIP("3", "countries", "S1",
            "最多出访国家（地区）数，过境出境计入", "Countries or regions per trip at most (a transit with exit counts)"),
    MAX_DAYS_ONE_COUNTRY("5", "days", "S1",
            "出访1国在外天数上限（含离、抵境当日）", "Days abroad at most for 1 country (departure and arrival days count)"),
    MAX_DAYS_TWO_COUNTRIES("8", "days", "S1", "出访2国在外天数上限", "Days abroad at most for 2 countries"),
    MAX_DAYS_THREE_COUNTRIES("10", "days", "S1", "出访3国在外天数上限", "Days abroad at most for 3 countries"),
    EXTRA_DAYS_LATIN_AMERICA_AFRICA("1", "days", "S1",
            "赴拉美、非洲可增加的天数", "Extra days allowed for Latin America or Africa"),
    MAX_DELEGATION_SIZE("6", "persons", "S1, S2", "团组人数上限（含翻译）", "Delegation size at most, interpreter included"),
    MIN_OFFICIAL_BUSINESS_SHARE("0.6667", "share of scheduled hours", "S34",
            "公务活动占日程比例下限", "Share of the schedule that must be official business, at least"),
    SAME_COUNTRY_INTERVAL_MONTHS("6", "months", "S3",
            "同一单位率团赴同一国家的间隔", "Months before the same unit leads another delegation to the same country"),
    PRE_TRIP_NOTICE_WORKING_DAYS("5", "working days", "S4, S5b", "行前公示期", "Pre-trip public notice, working days at least"),
    POST_TRIP_PUBLICATION_MONTHS("1", "months", "S4", "回国后公开期限", "Months after return to publish what happened"),
    REPORT_DUE_MONTHS("1", "months", "S4", "出访报告提交期限", "Months after return the trip report is due"),
    PASSPORT_RETURN_DAYS("7", "days", "S6, S7", "护照交回期限", "Days after return the official passport is due back"),
    PASSPORT_OVERDUE_BLOCK_DAYS("30", "days", "S7",
            "护照逾期未交暂停受理天数", "Days a passport may be overdue before its unit is blocked from new applications"),
    CORRECTION_WORKING_DAYS("2", "working days", "S9", "补正期限", "Working days to correct an incomplete file"),
    PROCESSING_WORKING_DAYS("10", "working days", "S5", "外办办理时限", "Usual FAO processing time, working days"),
    GREEN_CHANNEL_TARGET_WORKING_DAYS("1", "working days", "seed article, S29",
            "绿色通道办结目标", "Green-channel target: decided within this many working days of submission"),
    DEFAULT_UNIT_ANNUAL_QUOTA("2", "trips per year", "S3 (Hainan 2008: 1 per year for leaders), office practice",
            "单位年度出访批次默认限额", "Trips a unit may send per year unless its quota is raised"),
    MIN_REPORT_PHOTOS("3", "photos", "S33", "出访报告照片下限", "Photos a trip report carries at least"),
    MULTI_TRIP_VALIDITY_MONTHS("12", "months", "seed article (一次审批、一年内多次有效)",
            "多次出访批件有效期", "Months a multi-trip authorisation stays valid"),
    DEADLINE_WARNING_WORKING_DAYS("2", "working days", "office practice",
            "期限临近提醒提前工作日", "Working days before a deadline the office is warned of it");

    private final BigDecimal defaultValue;
    private final String unit;
    private final String source;
    private final String descriptionZh;
    private final String descriptionEn;

    TravelParameter(String defaultValue, String unit, String source, String descriptionZh, String descriptionEn) {
        this.defaultValue = new BigDecimal(defaultValue);
        this.unit = unit;
        this.source = source;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
    }

    public BigDecimal defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    public String source() {
        return source;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }
}
