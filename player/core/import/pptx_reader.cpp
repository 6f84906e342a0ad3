#include "core/import/pptx_reader.hpp"

#include <charconv>
#include <unordered_map>

#include "core/import/import_error.hpp"
#include "core/import/opc_relationships.hpp"
#include "core/import/xml_part.hpp"

namespace lightning {

namespace {

double number_attribute(const pugi::xml_node& node, const char* name) {
    return node.attribute(name).as_double(0.0);
}

// The placeholder type of a shape (p:sp/p:nvSpPr/p:nvPr/p:ph type), "" when it is none.
std::string placeholder_type(const pugi::xml_node& shape) {
    const pugi::xml_node ph = child(child(child(shape, "nvSpPr"), "nvPr"), "ph");
    if (!ph) return "";
    const std::string type = ph.attribute("type").value();
    return type.empty() ? "body" : type;  // a placeholder without a type is a body
}

// The text of the first shape whose placeholder type is one of `types`.
std::string placeholder_text(const pugi::xml_node& tree,
                             std::initializer_list<std::string_view> types) {
    for (pugi::xml_node shape : tree.children()) {
        if (local_name(shape) != "sp") continue;
        const std::string type = placeholder_type(shape);
        for (std::string_view wanted : types)
            if (type == wanted) return paragraphs_text(child(shape, "txBody"), "p", "t");
    }
    return "";
}

// p:transition, straight under p:sld or inside mc:AlternateContent: the Choice is what newer
// PowerPoint writes (p14 effects), the Fallback what older readers see; both carry advTm. The
// Choice's is taken when it has one.
pugi::xml_node find_transition(const pugi::xml_node& slide) {
    if (pugi::xml_node direct = child(slide, "transition")) return direct;
    for (pugi::xml_node alternate : slide.children()) {
        if (local_name(alternate) != "AlternateContent") continue;
        pugi::xml_node fallback;
        for (pugi::xml_node branch : alternate.children()) {
            pugi::xml_node transition = child(branch, "transition");
            if (!transition) continue;
            if (local_name(branch) == "Choice" && attribute(transition, "advTm")) return transition;
            if (!fallback) fallback = transition;
        }
        if (fallback) return fallback;
    }
    return {};
}

void read_transition(const pugi::xml_node& slide, ImportedSlide& out) {
    const pugi::xml_node transition = find_transition(slide);
    if (!transition) return;
    if (const pugi::xml_attribute advance = attribute(transition, "advTm")) {
        const std::string_view text = advance.value();
        long long ms = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), ms);
        if (error == std::errc() && end == text.data() + text.size() && ms >= 0 &&
            ms <= 24LL * 3600 * 1000)
            out.advance = Millis{ms};
    }
    // An effect is a child element (p:fade, p14:vortex, ...); a bare p:transition only times.
    for (pugi::xml_node effect : transition.children())
        if (effect.type() == pugi::node_element && local_name(effect) != "sndAc" &&
            local_name(effect) != "extLst")
            out.transition = true;
}

// Animations: a timing tree with effects that have a preset class (entrance, exit, emphasis,
// motion path) or a build list.
bool has_animations(const pugi::xml_node& slide) {
    const pugi::xml_node timing = child(slide, "timing");
    if (!timing) return false;
    if (descendant(timing, "bldP") || descendant(timing, "bldGraphic")) return true;
    return bool(timing.find_node([](const pugi::xml_node& n) {
        return local_name(n) == "cTn" && n.attribute("presetClass");
    }));
}

void collect_fonts(const pugi::xml_node& root, std::set<std::string>& fonts) {
    root.find_node([&fonts](const pugi::xml_node& n) {
        const std::string_view name = local_name(n);
        if (name == "latin" || name == "ea" || name == "cs") {
            const std::string face = n.attribute("typeface").value();
            // "+mj-lt" / "+mn-lt" are the theme's fonts, read from the theme itself.
            if (!face.empty() && face[0] != '+') fonts.insert(face);
        }
        return false;
    });
}

MediaKind media_kind(const Relationship& relationship) {
    if (relationship.type == "video") return MediaKind::Video;
    if (relationship.type == "audio") return MediaKind::Audio;
    if (relationship.type == "media") {  // Office 2010's own media link: judge by the name
        const std::string& t = relationship.target;
        for (std::string_view audio : {".mp3", ".wav", ".m4a", ".wma", ".aac", ".ogg"})
            if (t.size() >= audio.size() &&
                t.compare(t.size() - audio.size(), audio.size(), audio) == 0)
                return MediaKind::Audio;
        return MediaKind::Video;
    }
    const std::string& t = relationship.target;
    if (t.size() >= 4 &&
        (t.compare(t.size() - 4, 4, ".gif") == 0 || t.compare(t.size() - 4, 4, ".GIF") == 0))
        return MediaKind::Gif;
    return MediaKind::Picture;
}

ImportedSlide read_slide(const ZipArchive& archive, const std::string& part, int number,
                         std::set<std::string>& fonts) {
    const std::string label = "slide " + std::to_string(number);
    ImportedSlide slide;
    slide.number = number;
    slide.part = part;
    const pugi::xml_document document = parse_part(archive, part, label);
    const pugi::xml_node root = child(document, "sld");
    if (!root)
        throw ImportError(archive.file().string() + ": part " + part + " (" + label +
                          ") is not a slide (no p:sld); save the file again in PowerPoint");
    slide.hidden = std::string_view(root.attribute("show").value()) == "0" ||
                   std::string_view(root.attribute("show").value()) == "false";
    const pugi::xml_node tree = child(child(root, "cSld"), "spTree");
    slide.title = placeholder_text(tree, {"title", "ctrTitle"});
    read_transition(root, slide);
    slide.animations = has_animations(root);
    collect_fonts(tree, fonts);

    for (const Relationship& r : read_relationships(archive, part, label)) {
        if (r.type == "notesSlide" && !r.external) {
            const pugi::xml_document notes = parse_part(archive, r.target, label + "'s notes");
            const pugi::xml_node notes_tree = child(child(child(notes, "notes"), "cSld"), "spTree");
            slide.notes = placeholder_text(notes_tree, {"body"});
            continue;
        }
        const bool media =
            r.type == "video" || r.type == "audio" || r.type == "media" || r.type == "image";
        if (!media) continue;
        MediaUse use{r.target, media_kind(r), 0};
        if (!r.external)
            if (const ZipEntry* entry = archive.find(r.target)) use.bytes = entry->size;
        if (use.kind == MediaKind::Picture && use.bytes < (20ull << 20)) continue;
        slide.media.push_back(std::move(use));
    }
    return slide;
}

void read_theme_fonts(const ZipArchive& archive, const std::vector<Relationship>& rels,
                      std::set<std::string>& fonts) {
    const Relationship* theme = find_by_type(rels, "theme");
    if (!theme || !archive.find(theme->target)) return;
    const pugi::xml_document document = parse_part(archive, theme->target, "");
    for (std::string_view which : {"majorFont", "minorFont"})
        if (pugi::xml_node font = descendant(document, which)) {
            const std::string face = child(font, "latin").attribute("typeface").value();
            if (!face.empty()) fonts.insert(face);
        }
}

void read_show_properties(const ZipArchive& archive, ImportedTalk& talk) {
    if (!archive.find("ppt/presProps.xml")) return;
    const pugi::xml_document document = parse_part(archive, "ppt/presProps.xml", "");
    const std::string_view use =
        child(child(document, "presentationPr"), "showPr").attribute("useTimings").value();
    talk.timings_off = use == "0" || use == "false";
}

void read_core_properties(const ZipArchive& archive, ImportedTalk& talk) {
    if (!archive.find("docProps/core.xml")) return;
    const pugi::xml_document document = parse_part(archive, "docProps/core.xml", "");
    const pugi::xml_node root = child(document, "coreProperties");
    talk.metadata_title = child(root, "title").text().get();
    talk.speaker = child(root, "creator").text().get();
}

}  // namespace

ImportedTalk read_pptx(const ZipArchive& archive) {
    ImportedTalk talk;
    talk.kind = "PowerPoint";
    const std::string presentation_part = "ppt/presentation.xml";
    const pugi::xml_document presentation = parse_part(archive, presentation_part, "");
    const pugi::xml_node root = child(presentation, "presentation");
    const std::vector<Relationship> rels = read_relationships(archive, presentation_part, "");
    if (const pugi::xml_node size = child(root, "sldSz")) {
        talk.slide_width = number_attribute(size, "cx");
        talk.slide_height = number_attribute(size, "cy");
    }
    // Looked up once a slide: a map, so 10 000 slides do not cost 10 000 x 10 000 compares.
    std::unordered_map<std::string, const Relationship*> by_id;
    for (const Relationship& r : rels) by_id.emplace(r.id, &r);
    int number = 0;
    for (pugi::xml_node id : child(root, "sldIdLst").children()) {
        if (local_name(id) != "sldId") continue;
        ++number;
        // r:id, not the plain id attribute (a number) that shares its local name.
        std::string rid;
        for (pugi::xml_attribute a = id.first_attribute(); a; a = a.next_attribute())
            if (local_name(a) == "id" &&
                std::string_view(a.name()).find(':') != std::string_view::npos)
                rid = a.value();
        const auto found = by_id.find(rid);
        const Relationship* relationship = found == by_id.end() ? nullptr : found->second;
        if (!relationship || relationship->external || !archive.find(relationship->target))
            throw ImportError(archive.file().string() + ": slide " + std::to_string(number) +
                              " of ppt/presentation.xml (" + rid +
                              ") names no slide part in ppt/_rels/presentation.xml.rels; open "
                              "the file in PowerPoint and save it again");
        talk.slides.push_back(read_slide(archive, relationship->target, number, talk.fonts));
    }
    if (talk.slides.empty())
        throw ImportError(archive.file().string() +
                          ": ppt/presentation.xml lists no slides; is it a template?");
    read_theme_fonts(archive, rels, talk.fonts);
    read_core_properties(archive, talk);
    read_show_properties(archive, talk);
    return talk;
}

}  // namespace lightning
