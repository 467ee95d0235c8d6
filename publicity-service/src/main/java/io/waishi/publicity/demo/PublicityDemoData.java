package io.waishi.publicity.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.PublicWebAddress;
import io.waishi.platform.domain.Role;
import io.waishi.publicity.country.AlertLevel;
import io.waishi.publicity.country.ConsularContact;
import io.waishi.publicity.country.CountryProfileService;
import io.waishi.publicity.country.CountryProfiles;
import io.waishi.publicity.country.ProfileSource;
import io.waishi.publicity.country.ProfileText;
import io.waishi.publicity.item.ContentItem;
import io.waishi.publicity.item.ContentItemService;
import io.waishi.publicity.item.ContentItems;
import io.waishi.publicity.item.ImageRef;
import io.waishi.publicity.item.ItemDraft;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import io.waishi.publicity.item.VersionText;
import io.waishi.publicity.publication.Channel;
import io.waishi.publicity.publication.PublicationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The publicity office for the local stack's {@code --demo}: items published in Chinese and English (the
 * Bonghwa feature also in Japanese and Korean, on the foreign-language and partner-city sites), one scheduled
 * behind an embargo, one retracted, one waiting at each review step, and the profiles of the partner countries
 * with their alert levels. Fixed ids, loaded once, through the real acts — the three reviews included — so
 * their events go out through the outbox like any other.
 */
@Component
class PublicityDemoData implements DemoDataSet {

    static final String BONGHWA_FEATURE = "6c2d8e4a-1b3f-4a5c-8d7e-000000000a01";
    static final String SETO_WEEK_NEWS = "6c2d8e4a-1b3f-4a5c-8d7e-000000000a02";
    static final String YAOZHOU_SHOWCASE = "6c2d8e4a-1b3f-4a5c-8d7e-000000000a03";
    static final String GERMAN_FORUM_NOTICE = "6c2d8e4a-1b3f-4a5c-8d7e-000000000a04";
    static final String YOUTH_CAMP_NOTICE = "6c2d8e4a-1b3f-4a5c-8d7e-000000000b01";
    static final String APPLE_TECHNICIAN_STORY = "6c2d8e4a-1b3f-4a5c-8d7e-000000000b02";
    static final String PARTNER_SCHOOLS_NEWS = "6c2d8e4a-1b3f-4a5c-8d7e-000000000b03";
    static final String YORBA_LINDA_FEATURE = "6c2d8e4a-1b3f-4a5c-8d7e-000000000b04";
    static final String SIGNING_DATE_NEWS = "6c2d8e4a-1b3f-4a5c-8d7e-000000000b05";
    /** Published countries: the partner cities' and those of the travel demo's trips. */
    static final List<String> PUBLISHED_COUNTRIES = List.of("US", "KR", "JP", "DE", "KZ");
    /** Drafted and still in its second review, not public yet; its alert level is (a warning never waits). */
    static final String COUNTRY_IN_REVIEW = "BR";

    /** The partner cities sister-city-service's demo data registers under fixed ids. */
    static final String YORBA_LINDA_PARTNER_CITY_ID = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    static final String BONGHWA_PARTNER_CITY_ID = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a02";
    static final String SETO_PARTNER_CITY_ID = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a03";

    private static final Logger log = LoggerFactory.getLogger(PublicityDemoData.class);

    /** The demo stack's publicity staff (deploy/local demo users "editor", "section-head", "leader"). */
    private static final Actor EDITOR = Actor.of("editor", null, Role.PUBLICITY_EDITOR);
    private static final Actor SECTION_HEAD = Actor.of("section-head", null, Role.PUBLICITY_SECTION_HEAD);
    private static final Actor LEADER = Actor.of("leader", null, Role.PUBLICITY_LEADER);

    /** The MFA's round-the-clock consular protection line, the same from every country. */
    private static final String CONSULAR_HOTLINE = "+86-10-12308";
    private static final ProfileSource CONSULAR_SERVICE = new ProfileSource("中国领事服务网 China Consular Service",
            new PublicWebAddress("https://cs.mfa.gov.cn/"));

    private final ContentItems items;
    private final ContentItemService itemService;
    private final PublicationService publications;
    private final CountryProfiles profiles;
    private final CountryProfileService profileService;
    private final Clock clock;

    PublicityDemoData(ContentItems items, ContentItemService itemService, PublicationService publications,
            CountryProfiles profiles, CountryProfileService profileService, Clock clock) {
        this.items = items;
        this.itemService = itemService;
        this.publications = publications;
        this.profiles = profiles;
        this.profileService = profileService;
        this.clock = clock;
    }

    @Override
    public void load() {
        loadItems();
        loadCountryProfiles();
    }

    private void loadItems() {
        if (draftOnce(BONGHWA_FEATURE, ItemKind.PARTNER_CITY_FEATURE, List.of("sister-city", "korea", "anniversary"),
                new ItemLinks(BONGHWA_PARTNER_CITY_ID, null, null), VersionText.of("铜川与奉化郡：友好三十年",
                        "1997年6月缔结友好城市以来，两地在农业、青少年和文化领域往来不断。",
                        "<p>1997年6月，铜川市与韩国庆尚北道奉化郡缔结友好城市关系。</p>\n"
                                + "<p>三十年来，苹果种植技术交流培训了数十名技术员，青少年艺术团多次互访。</p>"))) {
            translate(BONGHWA_FEATURE, "en", "高雪 Gao Xue", VersionText.of("Tongchuan and Bonghwa: thirty years of friends",
                    "Since June 1997 the two have exchanged farmers, young people and artists.",
                    "<p>In June 1997 Tongchuan and Bonghwa County, North Gyeongsang, became sister cities.</p>\n"
                            + "<p>Apple-growing exchanges have trained dozens of technicians; youth art troupes "
                            + "have visited each other many times.</p>"));
            translate(BONGHWA_FEATURE, "ja", "高雪 Gao Xue", VersionText.of("銅川市と奉化郡：友好30年",
                    "1997年6月の友好都市締結以来、農業・青少年・文化の交流が続いています。",
                    "<p>1997年6月、銅川市と慶尚北道奉化郡は友好都市となりました。</p>"));
            translate(BONGHWA_FEATURE, "ko", "金美英 Jin Meiying", VersionText.of("퉁촨시와 봉화군: 우호 30년",
                    "1997년 6월 자매결연 이후 농업, 청소년, 문화 교류가 이어지고 있습니다.",
                    "<p>1997년 6월 퉁촨시와 경상북도 봉화군은 자매도시가 되었습니다.</p>"));
            for (String language : List.of("zh", "en", "ja", "ko")) {
                reviewThrough(BONGHWA_FEATURE, language, 3);
            }
            publish(BONGHWA_FEATURE, Channel.WEBSITE, "zh", "en");
            publish(BONGHWA_FEATURE, Channel.FOREIGN_SITE, "en", "ja", "ko");
            publish(BONGHWA_FEATURE, Channel.PARTNER_CITY_SITES, "ko");
        }
        if (draftOnce(SETO_WEEK_NEWS, ItemKind.NEWS, List.of("city-week", "japan", "ceramics"),
                new ItemLinks(SETO_PARTNER_CITY_ID, null, null), VersionText.of("“铜川周”活动在日本濑户市举办",
                        "耀州窑陶瓷、药王文化和苹果走进濑户，两市签署交流意向书。",
                        "<p>“铜川周”期间，耀州窑匠人与濑户陶艺家同台拉坯。</p>\n"
                                + "<p>两市签署交流意向书，约定在陶瓷、教育领域开展合作。</p>"))) {
            translate(SETO_WEEK_NEWS, "en", "高雪 Gao Xue", VersionText.of("Tongchuan Week held in Seto, Japan",
                    "Yaozhou ceramics, Sun Simiao's medicine and Tongchuan apples came to Seto; a letter of intent signed.",
                    "<p>During Tongchuan Week, Yaozhou potters threw pots beside Seto's ceramic artists.</p>\n"
                            + "<p>The two cities signed a letter of intent on ceramics and education.</p>"));
            reviewThrough(SETO_WEEK_NEWS, "zh", 3);
            reviewThrough(SETO_WEEK_NEWS, "en", 3);
            publish(SETO_WEEK_NEWS, Channel.WEBSITE, "zh", "en");
            publish(SETO_WEEK_NEWS, Channel.WECHAT, "zh");
        }
        if (draftOnce(YAOZHOU_SHOWCASE, ItemKind.CULTURAL_SHOWCASE, List.of("ceramics", "heritage"), ItemLinks.NONE,
                List.of(new ImageRef("media/yaozhou/celadon-bowl.jpg", LocalizedText.of("耀州窑青瓷刻花碗",
                        "A carved Yaozhou celadon bowl"), "铜川市耀州窑博物馆 Yaozhou Kiln Museum")),
                VersionText.of("耀州窑：千年窑火", "北方青瓷的代表，烧造始于唐、盛于宋。",
                        "<p>耀州窑位于铜川市黄堡镇，唐代始烧，宋代达到鼎盛。</p>\n"
                                + "<p>其刻花青瓷刀法犀利，被誉为“北方青瓷的代表”。</p>"))) {
            translate(YAOZHOU_SHOWCASE, "en", "刘畅 Liu Chang", VersionText.of("Yaozhou: a kiln fire of a thousand years",
                    "Northern celadon at its finest, first fired under the Tang and at its height under the Song.",
                    "<p>The Yaozhou kilns at Huangbao, Tongchuan, were first fired under the Tang and flourished "
                            + "under the Song.</p>\n<p>Their carved celadon is the emblem of northern celadon.</p>"));
            reviewThrough(YAOZHOU_SHOWCASE, "zh", 3);
            reviewThrough(YAOZHOU_SHOWCASE, "en", 3);
            publish(YAOZHOU_SHOWCASE, Channel.WEBSITE, "zh");
            // The English showcase waits for the foreign-language site's culture week, three days on.
            LocalDate launch = LocalDate.ofInstant(clock.instant(), publications.officeZone()).plusDays(3);
            publications.publish(EDITOR, YAOZHOU_SHOWCASE, Channel.FOREIGN_SITE, "en",
                    launch.atTime(9, 0).atZone(publications.officeZone()).toInstant());
        }
        if (draftOnce(GERMAN_FORUM_NOTICE, ItemKind.EVENT_NOTICE, List.of("germany", "education"), ItemLinks.NONE,
                VersionText.of("中德职业教育交流会预告", "德国职业教育代表团将来访并举办交流会。",
                        "<p>交流会将介绍双元制职业教育经验，欢迎各职业院校报名参加。</p>"))) {
            reviewThrough(GERMAN_FORUM_NOTICE, "zh", 3);
            publish(GERMAN_FORUM_NOTICE, Channel.WEBSITE, "zh");
            itemService.retract(LEADER, GERMAN_FORUM_NOTICE, null, "来访取消，交流会不再举行 The visit was cancelled");
        }
        if (draftOnce(YOUTH_CAMP_NOTICE, ItemKind.EVENT_NOTICE, List.of("youth", "sister-city"), ItemLinks.NONE,
                VersionText.of("2027年国际友城青少年交流营招募", null,
                        "<p>面向全市中学生招募营员，赴友好城市开展为期一周的交流。</p>"))) {
            log.info("Demo item {} drafted", YOUTH_CAMP_NOTICE);
        }
        if (draftOnce(APPLE_TECHNICIAN_STORY, ItemKind.STORY, List.of("korea", "agriculture"),
                new ItemLinks(BONGHWA_PARTNER_CITY_ID, null, null), VersionText.of("一位奉化果农的铜川故事",
                        "从嫁接到矮化密植，他六次来到铜川。",
                        "<p>朴先生第一次来铜川是2009年，带来的是奉化的矮化苹果栽培技术。</p>"))) {
            reviewThrough(APPLE_TECHNICIAN_STORY, "zh", 0);
        }
        if (draftOnce(PARTNER_SCHOOLS_NEWS, ItemKind.NEWS, List.of("education", "usa"),
                new ItemLinks(YORBA_LINDA_PARTNER_CITY_ID, null, null), VersionText.of("约巴林达友好学校师生结束夏令营",
                        "24名学生完成为期两周的中文和书法课程。", "<p>两市友好学校项目至此圆满完成。</p>"))) {
            reviewThrough(PARTNER_SCHOOLS_NEWS, "zh", 1);
        }
        if (draftOnce(YORBA_LINDA_FEATURE, ItemKind.PARTNER_CITY_FEATURE, List.of("sister-city", "usa"),
                new ItemLinks(YORBA_LINDA_PARTNER_CITY_ID, null, null), VersionText.of("走近友好城市约巴林达",
                        "加利福尼亚州橙县的“优雅生活之地”（Land of Gracious Living），2015年与我市结好。",
                        "<p>约巴林达市位于美国加利福尼亚州橙县，2015年10月与铜川市缔结友好城市关系。</p>"))) {
            reviewThrough(YORBA_LINDA_FEATURE, "zh", 2);
        }
        if (draftOnce(SIGNING_DATE_NEWS, ItemKind.NEWS, List.of("sister-city"), ItemLinks.NONE,
                VersionText.of("我市友好城市工作综述", null, "<p>截至目前，我市已与多个国外城市建立友好关系。</p>"))) {
            reviewThrough(SIGNING_DATE_NEWS, "zh", 0);
            itemService.approve(EDITOR, SIGNING_DATE_NEWS, null, "zh", null);
            itemService.sendBack(SECTION_HEAD, SIGNING_DATE_NEWS, null, "zh",
                    "请核实各友好城市的缔结日期，并注明出处 Check each signing date and cite the source");
        }
    }

    /**
     * Submits the version and has it approved by the given number of steps: 0 leaves it at the first review,
     * 1 at the second, 2 at the final, 3 passed the final review.
     */
    private void reviewThrough(String itemId, String language, int approvals) {
        itemService.submit(EDITOR, itemId, null, language);
        List<Actor> reviewers = List.of(EDITOR, SECTION_HEAD, LEADER);
        for (int step = 0; step < approvals; step++) {
            itemService.approve(reviewers.get(step), itemId, null, language, null);
        }
    }

    private void translate(String itemId, String language, String translator, VersionText text) {
        itemService.addTranslation(EDITOR, itemId, null, language, text, translator);
    }

    private void publish(String itemId, Channel channel, String... languages) {
        for (String language : languages) {
            publications.publish(EDITOR, itemId, channel, language, null);
        }
    }

    private boolean draftOnce(String id, ItemKind kind, List<String> tags, ItemLinks about, VersionText chinese) {
        return draftOnce(id, kind, tags, about, List.of(), chinese);
    }

    /** Opens the item under its fixed id; false when an earlier load (or a concurrent one) already did. */
    private boolean draftOnce(String id, ItemKind kind, List<String> tags, ItemLinks about, List<ImageRef> images,
            VersionText chinese) {
        if (items.existsById(id)) {
            return false;
        }
        try {
            items.insert(ContentItem.draft(id, EDITOR, new ItemDraft(kind, tags, images, about, chinese),
                    clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    private void loadCountryProfiles() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), publications.officeZone());
        profileOnce("US", LocalizedText.of("美国", "United States"), "us", today, AlertLevel.of(1),
                "北美洲联邦制国家，50个州和哥伦比亚特区。", "世界最大经济体之一。", "注重守时，初次见面以握手为礼。");
        profileOnce("KR", LocalizedText.of("韩国", "Republic of Korea"), "kr", today, AlertLevel.of(1),
                "东亚国家，位于朝鲜半岛南部。", "我国重要的贸易伙伴。", "重视长幼之序，双手递接名片。");
        profileOnce("JP", LocalizedText.of("日本", "Japan"), "jp", today, AlertLevel.of(1),
                "东亚岛国，由本州、北海道、九州、四国等岛屿组成。", "我国重要的贸易伙伴。", "重视礼节，交换名片须郑重。");
        profileOnce("DE", LocalizedText.of("德国", "Germany"), "de", today, AlertLevel.of(1),
                "中欧联邦制国家，由16个州组成。", "欧洲最大经济体，制造业发达。", "重视守时和事先预约。");
        profileOnce("KZ", LocalizedText.of("哈萨克斯坦", "Kazakhstan"), "kz", today, AlertLevel.of(1),
                "中亚内陆国家，与我国新疆接壤。", "共建“一带一路”重要伙伴，能源与农业合作密切。", "尊重当地宗教习俗，宴请时敬茶敬酒有讲究。");
        if (profileOnce(COUNTRY_IN_REVIEW, LocalizedText.of("巴西", "Brazil"), "br", today, null,
                "南美洲面积最大的国家。", "我国在拉美的重要贸易伙伴。", "见面热情，常行贴面礼。")) {
            profileService.submit(EDITOR, COUNTRY_IN_REVIEW, null);
            profileService.approve(EDITOR, COUNTRY_IN_REVIEW, null, null);
            // Illustrative level for the demo: a warning is announced at once, whatever its profile's review.
            profileService.setAlertLevel(LEADER, COUNTRY_IN_REVIEW, null, AlertLevel.of(2), LocalizedText.of(
                    "部分城市治安形势复杂，请加强安全防范（演示数据）", "Crime in some cities: heighten precautions (demo data)"),
                    null);
        }
    }

    /**
     * Opens the country's profile and, when a level is given, takes it through the three reviews to the public
     * and sets that alert level; false when it was already there.
     */
    private boolean profileOnce(String code, LocalizedText name, String embassyHost, LocalDate today,
            AlertLevel level, String basics, String economy, String etiquette) {
        if (profiles.existsById(code)) {
            return false;
        }
        ProfileText text = new ProfileText(name, LocalizedText.of(basics, null), LocalizedText.of(economy, null),
                LocalizedText.of(etiquette, null), LocalizedText.of(
                        "持因公护照出访须按对方要求办理签证；以对方驻华使领馆最新公布为准，可向市外办护照签证科咨询。",
                        "Official passport holders apply for visas as the country requires; its embassy's latest "
                                + "notice prevails. Ask the FAO's passport and visa section."),
                List.of(new ConsularContact(LocalizedText.of("中华人民共和国驻" + name.zh() + "大使馆",
                        "Embassy of the People's Republic of China in " + name.en()), null, null,
                        new PublicWebAddress("https://" + embassyHost + ".china-embassy.gov.cn/"), CONSULAR_HOTLINE)),
                List.of(CONSULAR_SERVICE), today.minusDays(14));
        try {
            profileService.open(EDITOR, code, text);
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
        if (level != null) {
            profileService.submit(EDITOR, code, null);
            profileService.approve(EDITOR, code, null, null);
            profileService.approve(SECTION_HEAD, code, null, null);
            profileService.approve(LEADER, code, null, null);
            profileService.setAlertLevel(LEADER, code, null, level, null, null);
        }
        return true;
    }
}
