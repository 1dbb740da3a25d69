// A scene on real ground: the shipped dataset or the core tests' small fixture dataset, the
// overview world geometry the page starts with (decoded once per test binary), a map view and a
// canvas size, set up the way the platform does it (show_dataset, then a first layout).
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "core/dataset_loader.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"
#include "core/dataset_fixture.h"
#include "core/shipped_dataset.h"
#include "scene/scene.h"

namespace accord::test {

struct TestWorld {
    WorldMesh mesh;
    WorldPicker picker;
};

// Without npm's world-atlas the geometry is not built (scripts/test.sh --quick on a fresh clone):
// the world is then empty, and the tests that need it skip with this reason.
#ifdef ACCORD_WORLD_GEOMETRY_MISSING
#define ACCORD_NEEDS_WORLD() GTEST_SKIP() << "geo/world-overview.bin was not built: npm world-atlas is missing (scripts/bootstrap.sh installs it)"
#else
#define ACCORD_NEEDS_WORLD() static_cast<void>(0)
#endif

inline const TestWorld& overview_world() {
    static const TestWorld world = [] {
        TestWorld w;
#ifdef ACCORD_WORLD_GEOMETRY_MISSING
        return w;
#endif
        std::ifstream file(ACCORD_WORLD_GEOMETRY_OVERVIEW, std::ios::binary);
        const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        std::string error;
        const auto decoded = decode_world_geometry(bytes, error);
        if (!decoded) ADD_FAILURE() << ACCORD_WORLD_GEOMETRY_OVERVIEW << ": " << error;
        else w.mesh = build_world_mesh(*decoded);
        w.picker.build(w.mesh);
        return w;
    }();
    return world;
}

// The core tests' fixture (tests/core/dataset_fixture.h): decl (partial, stated count 5),
// treaty (complete), frontier (companies); as of 2026-01-01.
inline std::shared_ptr<const Dataset> small_dataset() {
    static const std::shared_ptr<const Dataset> dataset = [] {
        LoadResult result = load_json(fixture_json());
        for (const Problem& p : result.problems) ADD_FAILURE() << format_problem("fixture", p);
        return result.dataset;
    }();
    return dataset;
}

struct SceneSetup {
    std::shared_ptr<const Dataset> dataset;
    MapView view;
    scene::MapScene scene;

    explicit SceneSetup(std::shared_ptr<const Dataset> shown, float width_css = 1440, float height_css = 900) : dataset(std::move(shown)) {
        scene.view = &view;
        scene.mesh = &overview_world().mesh;
        scene.picker = &overview_world().picker;
        scene.geometry.loaded = true;
        scene::show_dataset(scene, dataset.get(), {});
        scene::update_layout(scene, width_css, height_css);
        scene.view_changed = false;
    }
    Index commitment(const char* id) const { return dataset->commitment_index(id); }
    DayNumber day(const char* iso) const { return parse_iso_date(iso)->first_day(); }
};

}  // namespace accord::test
