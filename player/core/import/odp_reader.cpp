#include "core/import/odp_reader.hpp"

#include <cstdlib>
#include <map>

#include "core/import/import_error.hpp"
#include "core/import/iso_duration.hpp"
#include "core/import/xml_part.hpp"

namespace lightning {

namespace {

// What a drawing-page style says about the pages that use it.
struct PageStyle {
    bool hidden = false;
    bool automatic = false;
    std::optional<Millis> duration;
    bool transition = false;
};

// Reads one drawing-page-properties element (or a page's own attributes) into `style`.
void read_page_properties(const pugi::xml_node& node, PageStyle& style) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const std::string_view name = local_name(a);
        const std::string_view value = a.value();
        if (name == "visibility") style.hidden = value == "hidden";
        if (name == "transition-type") style.automatic = value == "automatic";
        if (name == "duration") style.duration = parse_iso_duration(value);
        if ((name == "type" || name == "transition-style") && value != "none")
            style.transition = true;
    }
}

std::map<std::string, PageStyle> page_styles(const pugi::xml_node& content) {
    std::map<std::string, PageStyle> styles;
    for (pugi::xml_node style : child(content, "automatic-styles").children()) {
        if (local_name(style) != "style") continue;
        if (std::string_view(attribute(style, "family").value()) != "drawing-page") continue;
        PageStyle page;
        if (pugi::xml_node properties = child(style, "drawing-page-properties"))
            read_page_properties(properties, page);
        styles[attribute(style, "name").value()] = page;
    }
    return styles;
}

// ODF text: character data, text:s (spaces), text:tab, text:line-break, one line a paragraph,
// down to kMaxTextDepth (xml_part.hpp).

void odf_text(const pugi::xml_node& node, std::string& out, int depth = 0) {
    if (depth > kMaxTextDepth) return;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_pcdata) {
            out += c.value();
            continue;
        }
        if (c.type() != pugi::node_element) continue;
        const std::string_view name = local_name(c);
        if (name == "s") {
            out.append(static_cast<size_t>(std::max(1, attribute(c, "c").as_int(1))), ' ');
        } else if (name == "tab") {
            out += '\t';
        } else if (name == "line-break") {
            out += '\n';
        } else {
            odf_text(c, out, depth + 1);
            if ((name == "p" || name == "h") && !out.empty() && out.back() != '\n') out += '\n';
        }
    }
}

std::string frame_text(const pugi::xml_node& frame) {
    std::string out;
    odf_text(frame, out);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

// The text of the page's first frame of presentation:class `kind` ("title", "notes").
std::string class_text(const pugi::xml_node& page, std::string_view kind) {
    for (pugi::xml_node frame : page.children())
        if (local_name(frame) == "frame" &&
            std::string_view(attribute(frame, "class").value()) == kind)
            return frame_text(frame);
    return "";
}

void read_media(const ZipArchive& archive, const pugi::xml_node& page, ImportedSlide& slide) {
    page.find_node([&](const pugi::xml_node& n) {
        const std::string_view name = local_name(n);
        if (name != "plugin" && name != "image") return false;
        const std::string href = attribute(n, "href").value();
        const std::string mime = attribute(n, "mime-type").value();
        MediaUse use{href, MediaKind::Picture, 0};
        if (const ZipEntry* entry = archive.find(href)) use.bytes = entry->size;
        if (name == "plugin")
            use.kind = mime.rfind("audio/", 0) == 0 ? MediaKind::Audio : MediaKind::Video;
        else if (href.size() >= 4 && (href.compare(href.size() - 4, 4, ".gif") == 0 ||
                                      href.compare(href.size() - 4, 4, ".GIF") == 0))
            use.kind = MediaKind::Gif;
        if (use.kind != MediaKind::Picture || use.bytes >= (20ull << 20))
            slide.media.push_back(std::move(use));
        return false;
    });
}

void read_fonts(const pugi::xml_node& root, std::set<std::string>& fonts) {
    for (pugi::xml_node face : child(root, "font-face-decls").children()) {
        std::string family = attribute(face, "font-family").value();
        if (family.size() >= 2 && (family[0] == '\'' || family[0] == '"'))
            family = family.substr(1, family.size() - 2);
        if (!family.empty()) fonts.insert(family);
    }
}

// The slide's shape from styles.xml's first page layout ("28cm" x "15.75cm").
void read_page_size(const ZipArchive& archive, ImportedTalk& talk) {
    if (!archive.find("styles.xml")) return;
    const pugi::xml_document styles = parse_part(archive, "styles.xml", "");
    read_fonts(child(styles, "document-styles"), talk.fonts);
    const pugi::xml_node layout = descendant(styles, "page-layout-properties");
    talk.slide_width = std::strtod(attribute(layout, "page-width").value(), nullptr);
    talk.slide_height = std::strtod(attribute(layout, "page-height").value(), nullptr);
}

void read_meta(const ZipArchive& archive, ImportedTalk& talk) {
    if (!archive.find("meta.xml")) return;
    const pugi::xml_document document = parse_part(archive, "meta.xml", "");
    const pugi::xml_node meta = child(child(document, "document-meta"), "meta");
    talk.metadata_title = child(meta, "title").text().get();
    talk.speaker = child(meta, "initial-creator").text().get();
    if (talk.speaker.empty()) talk.speaker = child(meta, "creator").text().get();
}

}  // namespace

ImportedTalk read_odp(const ZipArchive& archive) {
    ImportedTalk talk;
    talk.kind = "Impress";
    const pugi::xml_document document = parse_part_of_slides(archive, "content.xml", "<draw:page ");
    const pugi::xml_node content = child(document, "document-content");
    const std::map<std::string, PageStyle> styles = page_styles(content);
    read_fonts(content, talk.fonts);
    const pugi::xml_node presentation = child(child(content, "body"), "presentation");
    int number = 0;
    for (pugi::xml_node page : presentation.children()) {
        if (local_name(page) != "page") continue;
        ImportedSlide slide;
        slide.number = ++number;
        slide.part = "content.xml";
        PageStyle style;
        if (const auto found = styles.find(attribute(page, "style-name").value());
            found != styles.end())
            style = found->second;
        read_page_properties(page, style);  // the page's own attributes win over its style
        slide.hidden = style.hidden;
        if (style.automatic && style.duration) slide.advance = style.duration;
        slide.transition = style.transition || bool(descendant(page, "transitionFilter"));
        slide.animations = bool(child(page, "par")) || bool(descendant(page, "animate")) ||
                           bool(page.find_node([](const pugi::xml_node& n) {
                               return local_name(n) == "par" && attribute(n, "preset-class");
                           }));
        slide.title = class_text(page, "title");
        slide.notes = class_text(child(page, "notes"), "notes");
        read_media(archive, page, slide);
        talk.slides.push_back(std::move(slide));
    }
    if (talk.slides.empty())
        throw ImportError(archive.file().string() +
                          ": content.xml holds no draw:page; is it a presentation?");
    read_page_size(archive, talk);
    read_meta(archive, talk);
    return talk;
}

}  // namespace lightning
