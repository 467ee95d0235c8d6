package io.waishi.reception.letter;

/** Hands out letter numbers: one sequence per calendar year, never the same number twice. */
public interface LetterNumbers {

    /** The next number of {@code year}, e.g. {@code TCFAO-2027-0001}. */
    String next(int year);

    /** A number as letters show it: prefix, year, and the sequence in at least four digits. */
    static String format(String prefix, int year, long sequence) {
        return String.format("%s-%d-%04d", prefix, year, sequence);
    }
}
