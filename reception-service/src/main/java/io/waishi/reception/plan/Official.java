package io.waishi.reception.plan;

/** An official of the host side who accompanies the guests at an item (陪同人员), by name and title. */
public record Official(String name, String title) {

    public Official {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An accompanying official needs a name");
        }
        name = name.strip();
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
