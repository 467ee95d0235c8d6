package io.waishi.platform.demo;

/**
 * A service's demo data, loaded on start when {@code waishi.demo-data.enabled=true} (the local stack's
 * {@code --demo}). Loading must be idempotent: fixed ids, inserted only when absent.
 */
public interface DemoDataSet {

    void load();
}
