package io.waishi.sistercity.partner;

/**
 * A partner city's names: Chinese and English for the office's documents, and the local name as the
 * partner writes it (e.g. 봉화군, Yorba Linda).
 */
public record PartnerCityNames(String zh, String en, String local) {

    public PartnerCityNames {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("A partner city needs a Chinese name");
        }
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("A partner city needs an English name");
        }
        zh = zh.strip();
        en = en.strip();
        local = local == null || local.isBlank() ? null : local.strip();
    }
}
