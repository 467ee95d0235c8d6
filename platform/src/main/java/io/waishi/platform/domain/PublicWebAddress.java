package io.waishi.platform.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address on the public web that people open: a partner city's website, a source's page. Only http and
 * https, no credentials in it, and never a host inside a network — localhost, a loopback, private,
 * link-local, carrier-grade NAT or unspecified address — so that nothing that ever follows such a link from
 * inside the office's network can be turned against it (server-side request forgery). Checked on the text
 * alone: no name is looked up.
 */
public record PublicWebAddress(String value) {

    public static final int MAX_LENGTH = 2000;

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** Hosts made of numbers only: what some clients read as an address in hexadecimal, octal or one integer. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|\\d+)(\\.(0x[0-9a-f]*|\\d+))*\\.?");

    public PublicWebAddress {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A web address is needed");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A web address has at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a web address: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("A web address starts with http:// or https://: " + value);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("A web address carries no user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("A web address names its host: " + value);
        }
        if (insideANetwork(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("A web address must be on the public web, not " + host);
        }
    }

    private static boolean insideANetwork(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal")) {
            return true;
        }
        boolean ipv6 = host.startsWith("[");
        if (!ipv6 && !IPV4.matcher(host).matches()) {
            // 0x7f000001, 2130706433 or 0177.0.0.1 reach 127.0.0.1 in many clients: only plain dotted decimal
            return NUMERIC_HOST.matcher(host).matches();
        }
        try {
            InetAddress address = ipv6 ? InetAddress.getByName(host.substring(1, host.length() - 1))
                    : InetAddress.getByAddress(ipv4(host));
            byte[] bytes = address.getAddress();
            boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || carrierGradeNat || uniqueLocal;
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return true; // an address literal that is not one: refuse rather than guess
        }
    }

    /** The four bytes of a dotted IPv4 literal, read here so that no name service is ever asked. */
    private static byte[] ipv4(String host) {
        String[] parts = host.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int part = Integer.parseInt(parts[i]);
            if (part > 255) {
                throw new IllegalArgumentException("Not an IPv4 address: " + host);
            }
            bytes[i] = (byte) part;
        }
        return bytes;
    }

    @Override
    public String toString() {
        return value;
    }
}
