package io.waishi.travel.demo;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.travel.unit.UnitKind;

/**
 * The units of the local stack's demo users (deploy/local DemoUser), with the staff who file and sign for
 * them. The Health Commission has no signatory: its clerk's files never go further than the clerk alone can
 * take them.
 *
 * @param raisedQuota trips a year the director allows a unit doing foreign-affairs or commerce work; 0 keeps
 *                    the policy's default
 */
enum DemoUnit {

    EDUCATION("U-EDU", LocalizedText.of("市教育局", "Municipal Education Bureau"), UnitKind.GOVERNMENT_BUREAU, false,
            "clerk", "Li Hua", "signatory", "Wang Jun", "Deputy Director-General", 0),
    HEALTH("U-HEALTH", LocalizedText.of("市卫生健康委员会", "Municipal Health Commission"), UnitKind.GOVERNMENT_BUREAU,
            false, "health-clerk", "Zhang Min", null, null, null, 0),
    MACHINERY("U-MACHINERY", LocalizedText.of("市机械集团", "City Machinery Group"), UnitKind.CITY_OWNED_ENTERPRISE, true,
            "soe-clerk", "Zhou Lan", "soe-signatory", "Qin Feng", "Deputy General Manager", 12),
    UNIVERSITY("U-UNIV", LocalizedText.of("市立大学", "City University"), UnitKind.UNIVERSITY, false,
            "univ-clerk", "Xu Jing", "univ-signatory", "Gao Yuan", "Vice-President for International Affairs", 0);

    /** Why the director raised the quota of the units that get a raise. */
    static final String QUOTA_RAISE_REASON = "Export business in Belt-and-Road countries: trade missions, fairs and "
            + "technical service abroad";

    private final String code;
    private final LocalizedText name;
    private final UnitKind kind;
    private final boolean foreignAffairsOrCommerce;
    private final String clerk;
    private final String clerkName;
    private final String signatory;
    private final String signatoryName;
    private final String signatoryPost;
    private final int raisedQuota;

    DemoUnit(String code, LocalizedText name, UnitKind kind, boolean foreignAffairsOrCommerce, String clerk,
            String clerkName, String signatory, String signatoryName, String signatoryPost, int raisedQuota) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.foreignAffairsOrCommerce = foreignAffairsOrCommerce;
        this.clerk = clerk;
        this.clerkName = clerkName;
        this.signatory = signatory;
        this.signatoryName = signatoryName;
        this.signatoryPost = signatoryPost;
        this.raisedQuota = raisedQuota;
    }

    String code() {
        return code;
    }

    LocalizedText unitName() {
        return name;
    }

    UnitKind kind() {
        return kind;
    }

    boolean foreignAffairsOrCommerce() {
        return foreignAffairsOrCommerce;
    }

    String clerkId() {
        return clerk;
    }

    String clerkName() {
        return clerkName;
    }

    boolean hasSignatory() {
        return signatory != null;
    }

    String signatoryId() {
        return signatory;
    }

    String signatoryName() {
        return signatoryName;
    }

    String signatoryPost() {
        return signatoryPost;
    }

    int raisedQuota() {
        return raisedQuota;
    }

    Actor clerk() {
        return Actor.of(clerk, code, Role.UNIT_CLERK);
    }

    Actor signatory() {
        if (signatory == null) {
            throw new IllegalStateException(code + " has no signatory in the demo: none of its files can be signed");
        }
        return Actor.of(signatory, code, Role.UNIT_SIGNATORY);
    }
}
