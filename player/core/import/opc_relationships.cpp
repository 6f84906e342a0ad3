#include "core/import/opc_relationships.hpp"

#include "core/import/xml_part.hpp"

namespace lightning {

std::string relationships_part(const std::string& part) {
    const size_t slash = part.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
    const std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
    return folder + "_rels/" + name + ".rels";
}

std::vector<Relationship> read_relationships(const ZipArchive& archive, const std::string& part,
                                             const std::string& slide) {
    std::vector<Relationship> out;
    const std::string rels = relationships_part(part);
    if (!archive.find(rels)) return out;
    const pugi::xml_document document = parse_part(archive, rels, slide);
    const pugi::xml_node root = child(document, "Relationships");
    for (pugi::xml_node r = root.first_child(); r; r = r.next_sibling()) {
        if (local_name(r) != "Relationship") continue;
        Relationship relationship;
        relationship.id = r.attribute("Id").value();
        const std::string_view type = r.attribute("Type").value();
        const size_t slash = type.rfind('/');
        relationship.type =
            std::string(slash == std::string_view::npos ? type : type.substr(slash + 1));
        relationship.external = std::string_view(r.attribute("TargetMode").value()) == "External";
        const std::string target = r.attribute("Target").value();
        relationship.target = relationship.external ? target : resolve_target(part, target);
        out.push_back(std::move(relationship));
    }
    return out;
}

const Relationship* find_by_id(const std::vector<Relationship>& relationships,
                               std::string_view id) {
    for (const Relationship& r : relationships)
        if (r.id == id) return &r;
    return nullptr;
}

const Relationship* find_by_type(const std::vector<Relationship>& relationships,
                                 std::string_view type) {
    for (const Relationship& r : relationships)
        if (r.type == type) return &r;
    return nullptr;
}

}  // namespace lightning
