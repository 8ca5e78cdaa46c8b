package org.interphase.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A cheat sheet in the format of Eclipse's cheat sheets ({@code <cheatsheet>}, {@code <intro>}, {@code <item>} with
 * {@code <description>} and an optional {@code <command serialization="…">}), read from one of this bundle's files.
 * Descriptions become {@link org.eclipse.ui.forms.widgets.FormText} markup, keeping their {@code <b>} and
 * {@code <br/>}.
 */
record CheatSheet(String title, String intro, String introHref, List<Step> steps) {

    /** One step: what to do, and the command that does it for the reader, if there is one. */
    record Step(String title, String description, String href, String command) {
    }

    static CheatSheet read(URL file) throws IOException {
        try (InputStream in = file.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            Element root = document.getDocumentElement();
            Element intro = child(root, "intro");
            List<Step> steps = new ArrayList<>();
            for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element item && item.getTagName().equals("item")) {
                    Element command = child(item, "command");
                    steps.add(new Step(item.getAttribute("title"), markup(child(item, "description")),
                            attribute(item, "href"), command == null ? null : command.getAttribute("serialization")));
                }
            }
            return new CheatSheet(root.getAttribute("title"), markup(child(intro, "description")),
                    attribute(intro, "href"), List.copyOf(steps));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the cheat sheet " + file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String tag) {
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(tag)) {
                    return element;
                }
            }
        }
        return null;
    }

    private static String attribute(Element element, String name) {
        return element == null || element.getAttribute(name).isEmpty() ? null : element.getAttribute(name);
    }

    /** The description as one FormText paragraph; white space runs collapse as a browser would collapse them. */
    private static String markup(Element description) {
        StringBuilder text = new StringBuilder("<form><p>");
        if (description != null) {
            append(description, text);
        }
        return text.append("</p></form>").toString().replaceAll("\\s+", " ");
    }

    private static void append(Node parent, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                switch (element.getTagName()) {
                    case "br" -> text.append("<br/>");
                    case "b" -> {
                        text.append("<b>");
                        append(element, text);
                        text.append("</b>");
                    }
                    default -> append(element, text);
                }
            } else if (node.getNodeType() == Node.TEXT_NODE) {
                text.append(node.getNodeValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            }
        }
    }
}
