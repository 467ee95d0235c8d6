package io.waishi.publicity.item;

import java.util.List;

/** What an editor gives to open an item: its kind, keywords, images, what it is about and the Chinese text. */
public record ItemDraft(ItemKind kind, List<String> tags, List<ImageRef> images, ItemLinks about,
        VersionText chinese) {

    public ItemDraft {
        if (kind == null || chinese == null) {
            throw new IllegalArgumentException("A content item needs a kind and its Chinese text");
        }
        tags = Tags.normalised(tags);
        images = images == null ? List.of() : List.copyOf(images);
        about = about == null ? ItemLinks.NONE : about;
    }
}
