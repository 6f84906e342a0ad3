#include "core/import/xml_part.hpp"

#include <algorithm>
#include <vector>

#include "core/import/import_error.hpp"

namespace lightning {

namespace {

pugi::xml_document parse_bytes(const ZipArchive& archive, const std::string& part,
                               const std::string& bytes, const std::string& slide,
                               std::string_view slide_tag) {
    pugi::xml_document document;
    const pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size());
    if (result) return document;
    std::string where = slide;
    if (!slide_tag.empty()) {
        int pages = 0;
        const auto end = static_cast<size_t>(std::max<std::ptrdiff_t>(result.offset, 0));
        for (size_t at = bytes.find(slide_tag); at != std::string::npos && at < end;
             at = bytes.find(slide_tag, at + 1))
            ++pages;
        if (pages > 0) where = "slide " + std::to_string(pages);
    }
    throw ImportError(archive.file().string() + ": part " + part +
                      (where.empty() ? "" : " (" + where + ")") + " is damaged XML (" +
                      result.description() + " at byte " + std::to_string(result.offset) +
                      "); open the file in PowerPoint or Impress and save it again");
}

}  // namespace

pugi::xml_document parse_part(const ZipArchive& archive, const std::string& part,
                              const std::string& slide) {
    return parse_bytes(archive, part, archive.read(part), slide, "");
}

pugi::xml_document parse_part_of_slides(const ZipArchive& archive, const std::string& part,
                                        std::string_view slide_tag) {
    return parse_bytes(archive, part, archive.read(part), "", slide_tag);
}

std::string_view local_name(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view local_name(const pugi::xml_attribute& attribute) {
    const std::string_view name = attribute.name();
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && local_name(c) == local) return c;
    return {};
}

pugi::xml_node descendant(const pugi::xml_node& node, std::string_view local) {
    return node.find_node([local](const pugi::xml_node& n) {
        return n.type() == pugi::node_element && local_name(n) == local;
    });
}

pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view local) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (local_name(a) == local) return a;
    return {};
}

namespace {

void trim(std::string& text) {
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    while (!text.empty() && space(text.back())) text.pop_back();
    size_t begin = 0;
    while (begin < text.size() && space(text[begin])) ++begin;
    text.erase(0, begin);
}

void collect(const pugi::xml_node& node, std::string_view paragraph, std::string_view text,
             std::string& out, int depth = 0) {
    if (depth > kMaxTextDepth) return;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        const std::string_view name = local_name(c);
        if (name == text) {
            // ODP's text:span holds text and further spans; PPTX's a:t only text.
            for (pugi::xml_node t = c.first_child(); t; t = t.next_sibling())
                if (t.type() == pugi::node_pcdata)
                    out += t.value();
                else if (t.type() == pugi::node_element) {
                    if (local_name(t) == "s")
                        out += ' ';
                    else if (local_name(t) == "tab")
                        out += '\t';
                    else if (local_name(t) == "line-break")
                        out += '\n';
                    else
                        collect(t, paragraph, text, out, depth + 1);
                }
        } else if (name == "br" || name == "line-break") {
            out += '\n';
        } else {
            collect(c, paragraph, text, out, depth + 1);
            if (name == paragraph && !out.empty() && out.back() != '\n') out += '\n';
        }
    }
}

}  // namespace

std::string paragraphs_text(const pugi::xml_node& node, std::string_view paragraph_local,
                            std::string_view text_local) {
    std::string out;
    collect(node, paragraph_local, text_local, out);
    trim(out);
    return out;
}

std::string resolve_target(const std::string& from_part, const std::string& target) {
    std::vector<std::string> parts;
    std::string path;
    if (!target.empty() && target[0] == '/') {
        path = target.substr(1);
    } else {
        const size_t slash = from_part.rfind('/');
        path = (slash == std::string::npos ? "" : from_part.substr(0, slash + 1)) + target;
    }
    size_t start = 0;
    while (start <= path.size()) {
        const size_t end = std::min(path.find('/', start), path.size());
        const std::string piece = path.substr(start, end - start);
        if (piece == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!piece.empty() && piece != ".") {
            parts.push_back(piece);
        }
        start = end + 1;
    }
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

}  // namespace lightning
