// Feature colours and outlines: see map_paint.h.
#include "scene/map_paint.h"

#include "scene/map_markers.h"

namespace accord::scene {

namespace {
constexpr float union_outline_half_width_css = 0.9f;
constexpr float flash_half_width_css = 1.4f;
constexpr float hover_half_width_css = 1.0f;
constexpr float selected_half_width_css = 1.6f;
}  // namespace

bool FeaturePaint::update(const MapScene& scene, std::uint64_t dataset_generation) {
    if (!scene.mesh || !scene.dataset) return false;
    const Inputs inputs{dataset_generation, scene.mode, scene.commitment, scene.compare, scene.day, scene.theme, scene.mesh};
    if (painted_for_ == inputs) return false;
    painted_for_ = inputs;
    const std::vector<MeshFeature>& features = scene.mesh->features;
    std::vector<std::uint32_t> rgb(features.size());
    std::vector<FillPattern> patterns(features.size());
    for (std::size_t f = 0; f < features.size(); ++f) {
        const PartyStyle style = party_style(scene, features[f].party);
        rgb[f] = style.rgb;
        patterns[f] = style.hatched ? FillPattern::hatched : style.weak ? FillPattern::dotted : FillPattern::solid;
    }
    if (rgb == rgb_ && patterns == patterns_) return false;
    rgb_ = std::move(rgb);
    patterns_ = std::move(patterns);
    return true;
}

std::vector<OutlineRequest> map_outlines(const MapScene& scene) {
    std::vector<OutlineRequest> out;
    if (!scene.mesh) return out;
    const MapColors& colors = map_colors(scene.theme);
    const auto outline = [&](const std::string& party, std::uint32_t rgb, float half_width) {
        const int f = scene.mesh->feature_of_party(party);
        if (f < 0) return;
        const MeshFeature& feature = scene.mesh->features[static_cast<std::size_t>(f)];
        out.push_back({feature.first_outline_segment, feature.outline_segment_count, rgb, half_width});
    };
    for (const std::string& member : union_members_shown(scene)) outline(member, colors.eu_outline_rgb, union_outline_half_width_css);
    for (const Flash& flash : scene.flashes) outline(flash.party, colors.highlight_rgb, flash_half_width_css);
    if (!scene.hovered.empty()) outline(scene.hovered, colors.highlight_rgb, hover_half_width_css);
    if (!scene.selected.empty()) outline(scene.selected, colors.highlight_rgb, selected_half_width_css);
    return out;
}

}  // namespace accord::scene
