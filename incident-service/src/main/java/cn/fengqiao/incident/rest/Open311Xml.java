package cn.fengqiao.incident.rest;

import java.util.List;
import java.util.Map;

/**
 * GeoReport v2's XML format, written from the same maps and lists as its JSON: a map's entries become
 * child elements in their order, a list's items repeat the element the standard names for them
 * ({@code <services><service>}, {@code <service_requests><request>}, ...), and null is an empty element.
 */
final class Open311Xml {

    /** The element of a list's items, by the list's element. */
    private static final Map<String, String> ITEMS = Map.of(
            "services", "service",
            "service_requests", "request",
            "attributes", "attribute",
            "values", "value",
            "errors", "error");

    private Open311Xml() {}

    static String document(String root, Object body) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(xml, root, body);
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, Object value) {
        if (value == null) {
            xml.append('<').append(name).append("/>");
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> element(xml, key.toString(), child));
        } else if (value instanceof List<?> list) {
            String item = ITEMS.get(name);
            if (item == null) {
                throw new IllegalArgumentException("GeoReport names no item element for " + name);
            }
            list.forEach(child -> element(xml, item, child));
        } else {
            escape(xml, value.toString());
        }
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot carry at all are left out rather than breaking the document
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
