package io.waishi.reception.guest;

/**
 * Encrypts the personal data the office must keep but nobody else may read — passport numbers and dates of
 * birth (DESIGN.md §7) — before it is stored, and opens it again for the reception officer and the visa
 * letters. Sealing the same text twice gives different ciphertexts, so sealed values cannot be compared.
 */
public interface PersonalDataSeal {

    /** The sealed (encrypted) form of {@code plain}, safe to store. */
    String seal(String plain);

    /** The plain text of a value {@link #seal sealed} with the same key. */
    String open(String sealed);
}
