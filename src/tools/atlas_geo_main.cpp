// atlas-geo: builds geo/world.bin, the world geometry the page downloads, from Natural Earth
// TopoJSON (npm world-atlas). Build-time work happens here so the browser only decodes:
//   - country shapes from the 1:50m file, arcs simplified with Douglas-Peucker (shared borders
//     stay shared because arcs, not rings, are simplified), quantized and delta-encoded;
//   - features keyed by the dataset's party ids (ISO numeric -> alpha-3 through the dataset);
//   - a marker position for every state party (label point of its largest polygon), taken from
//     the 1:10m file when the 1:50m file has no shape for it (Tuvalu…), plus the EU (derived from
//     its member states) and the African Union Commission (its seat, Addis Ababa, in Ethiopia).
// Triangulation is left to the browser (triangle indices would triple the download).
// usage: atlas-geo --shapes countries-50m.json --detail countries-10m.json --dataset atlas.json
//                  --out world.bin [--tolerance-deg 0.02]
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/dataset_loader.h"
#include "core/geo_label_point.h"
#include "core/world_geometry.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return false;
    std::ostringstream buffer;
    buffer << file.rdbuf();
    out = buffer.str();
    return true;
}

// Natural Earth features without an ISO numeric id that are parties of the dataset.
const std::map<std::string, std::string> party_by_feature_name = {{"Kosovo", "XKX"}};

std::string party_of(const accord::TopoFeature& feature, const std::map<std::string, std::string>& party_by_numeric) {
    if (const auto it = party_by_numeric.find(feature.id); !feature.id.empty() && it != party_by_numeric.end()) return it->second;
    if (const auto it = party_by_feature_name.find(feature.name); it != party_by_feature_name.end()) return it->second;
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    std::string shapes_path, detail_path, dataset_path, out_path;
    double tolerance_deg = 0.02;
    double grid_deg = 0.01;
    for (int i = 1; i < argc; ++i) {
        const auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (!std::strcmp(argv[i], "--shapes")) shapes_path = value();
        else if (!std::strcmp(argv[i], "--detail")) detail_path = value();
        else if (!std::strcmp(argv[i], "--dataset")) dataset_path = value();
        else if (!std::strcmp(argv[i], "--out")) out_path = value();
        else if (!std::strcmp(argv[i], "--tolerance-deg")) tolerance_deg = std::atof(value().c_str());
        else if (!std::strcmp(argv[i], "--grid-deg")) grid_deg = std::atof(value().c_str());
        else {
            std::fprintf(stderr, "atlas-geo: unknown option '%s'\nusage: atlas-geo --shapes F --detail F --dataset F --out F [--tolerance-deg D] [--grid-deg G]\n", argv[i]);
            return 2;
        }
    }
    if (shapes_path.empty() || detail_path.empty() || dataset_path.empty() || out_path.empty()) {
        std::fprintf(stderr, "usage: atlas-geo --shapes countries-50m.json --detail countries-10m.json --dataset atlas.json --out world.bin [--tolerance-deg 0.02] [--grid-deg 0.01]\n");
        return 2;
    }
    std::string text, error;
    if (!read_file(dataset_path, text)) return std::fprintf(stderr, "atlas-geo: cannot read %s\n", dataset_path.c_str()), 1;
    const accord::LoadResult loaded = accord::load_dataset(text);
    if (!loaded.ok()) {
        for (const auto& p : loaded.problems) std::fprintf(stderr, "%s\n", accord::format_problem(dataset_path, p).c_str());
        return 1;
    }
    const accord::Dataset& dataset = *loaded.dataset;
    std::map<std::string, std::string> party_by_numeric;
    for (const accord::Party& p : dataset.parties) {
        if (!p.iso_numeric.empty()) party_by_numeric[p.iso_numeric] = p.id;
    }

    auto read_topology = [&](const std::string& path) -> std::optional<accord::TopoTopology> {
        std::string topo_text;
        if (!read_file(path, topo_text)) {
            std::fprintf(stderr, "atlas-geo: cannot read %s\n", path.c_str());
            return std::nullopt;
        }
        auto topology = accord::read_topojson(topo_text, "countries", error);
        if (!topology) std::fprintf(stderr, "atlas-geo: %s: %s\n", path.c_str(), error.c_str());
        return topology;
    };
    auto shapes = read_topology(shapes_path);
    auto detail = read_topology(detail_path);
    if (!shapes || !detail) return 1;

    accord::WorldGeometry world;
    std::size_t points_before = 0, points_after = 0;
    for (const auto& arc : shapes->arcs) {
        const bool closed = arc.size() > 1 && arc.front().lon_deg == arc.back().lon_deg && arc.front().lat_deg == arc.back().lat_deg;
        world.arcs.push_back(accord::simplify_arc(arc, tolerance_deg, closed ? 4 : 2));
        points_before += arc.size();
        points_after += world.arcs.back().size();
    }
    std::map<std::string, accord::LonLatDeg> label_by_party;
    std::map<std::string, double> area_by_party;
    for (accord::TopoFeature feature : shapes->features) {
        feature.id = party_of(feature, party_by_numeric);
        if (!feature.id.empty()) {
            const auto label = accord::label_point(shapes->arcs, feature.polygons);
            label_by_party[feature.id] = label.point;
            area_by_party[feature.id] = label.total_area_deg2;
        }
        world.features.push_back(std::move(feature));
    }
    int from_detail = 0;
    std::string missing;
    for (const accord::Party& p : dataset.parties) {
        if (p.kind != accord::PartyKind::state) continue;
        if (const auto it = label_by_party.find(p.id); it != label_by_party.end()) {
            world.markers.push_back({p.id, static_cast<float>(it->second.lon_deg), static_cast<float>(it->second.lat_deg), accord::WorldMarker::has_shape});
            continue;
        }
        bool found = false;
        for (const accord::TopoFeature& feature : detail->features) {
            if (party_of(feature, party_by_numeric) != p.id) continue;
            const auto label = accord::label_point(detail->arcs, feature.polygons);
            world.markers.push_back({p.id, static_cast<float>(label.point.lon_deg), static_cast<float>(label.point.lat_deg), accord::WorldMarker::from_detail});
            label_by_party[p.id] = label.point;
            ++from_detail;
            found = true;
            break;
        }
        if (!found) missing += " " + p.id;
    }
    // The EU: area-weighted centre of its current members' label points (drawn as an "EU" marker).
    if (const accord::Index eu = dataset.party_index("EUU"); eu != accord::no_index) {
        double lon = 0, lat = 0, weight = 0;
        for (const accord::Membership& m : dataset.parties[eu].members) {
            const std::string& id = dataset.parties[m.party].id;
            if (m.has_until || !label_by_party.count(id)) continue;
            const double w = area_by_party.count(id) ? area_by_party[id] : 0.01;
            lon += label_by_party[id].lon_deg * w;
            lat += label_by_party[id].lat_deg * w;
            weight += w;
        }
        if (weight > 0) world.markers.push_back({"EUU", static_cast<float>(lon / weight), static_cast<float>(lat / weight), accord::WorldMarker::derived});
    }
    if (dataset.party_index("AUC") != accord::no_index && label_by_party.count("ETH")) {
        // The African Union Commission sits in Addis Ababa; its marker stands on Ethiopia, offset
        // so that it does not cover Ethiopia's own marker.
        const auto eth = label_by_party["ETH"];
        world.markers.push_back({"AUC", static_cast<float>(eth.lon_deg + 2.5), static_cast<float>(eth.lat_deg - 2.5), accord::WorldMarker::derived});
    }
    if (!(grid_deg > 0 && grid_deg <= 1 && tolerance_deg >= 0)) return std::fprintf(stderr, "atlas-geo: --grid-deg must be in (0, 1] and --tolerance-deg >= 0\n"), 2;
    const std::vector<std::uint8_t> bytes = accord::encode_world_geometry(world, grid_deg);
    std::ofstream out(out_path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out) return std::fprintf(stderr, "atlas-geo: cannot write %s\n", out_path.c_str()), 1;
    std::printf("atlas-geo: %zu arcs, %zu -> %zu points (tolerance %.3f deg, grid %.3f deg), %zu features, %zu markers (%d from 1:10m), %zu bytes\n",
                world.arcs.size(), points_before, points_after, tolerance_deg, grid_deg, world.features.size(), world.markers.size(), from_detail,
                bytes.size());
    if (!missing.empty()) std::printf("atlas-geo: no shape in either file for:%s\n", missing.c_str());
    return 0;
}
