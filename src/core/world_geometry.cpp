// Encoding and decoding of geo/world.bin: see world_geometry.h.
#include "core/world_geometry.h"

#include <cmath>
#include <cstring>

namespace accord {

namespace {

constexpr char magic[5] = {'A', 'A', 'G', 'E', 'O'};
constexpr std::uint8_t format_version = 1;
constexpr std::uint64_t max_count = 50'000'000;  // far above any real file; guards allocations

class Writer {
public:
    std::vector<std::uint8_t> bytes;
    void varint(std::uint64_t value) {
        while (value >= 0x80) {
            bytes.push_back(static_cast<std::uint8_t>(value | 0x80));
            value >>= 7;
        }
        bytes.push_back(static_cast<std::uint8_t>(value));
    }
    void zigzag(std::int64_t value) { varint((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63)); }
    void raw(const void* data, std::size_t size) {
        const auto* p = static_cast<const std::uint8_t*>(data);
        bytes.insert(bytes.end(), p, p + size);
    }
    void string(const std::string& text) {
        varint(text.size());
        raw(text.data(), text.size());
    }
};

class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
    bool failed() const { return failed_; }
    std::size_t offset() const { return offset_; }
    std::uint64_t varint() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (offset_ >= bytes_.size()) return fail();
            const std::uint8_t byte = bytes_[offset_++];
            value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return value;
        }
        return fail();
    }
    std::uint64_t count() {
        const std::uint64_t value = varint();
        return value > max_count || value > bytes_.size() ? fail() : value;
    }
    std::int64_t zigzag() {
        const std::uint64_t value = varint();
        return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
    }
    bool raw(void* out, std::size_t size) {
        if (size > bytes_.size() - offset_) return fail() != 0;
        std::memcpy(out, bytes_.data() + offset_, size);
        offset_ += size;
        return true;
    }
    std::string string() {
        const std::uint64_t size = count();
        std::string text(static_cast<std::size_t>(size), '\0');
        if (size && !raw(text.data(), text.size())) return {};
        return text;
    }

private:
    std::uint64_t fail() {
        failed_ = true;
        offset_ = bytes_.size();
        return 0;
    }
    std::span<const std::uint8_t> bytes_;
    std::size_t offset_ = 0;
    bool failed_ = false;
};

}  // namespace

std::vector<std::uint8_t> encode_world_geometry(const WorldGeometry& world, double grid_step_deg) {
    const double scale_lon = grid_step_deg, scale_lat = grid_step_deg;
    const double origin_lon = -180.0, origin_lat = -90.0;
    Writer out;
    out.raw(magic, sizeof magic);
    out.bytes.push_back(format_version);
    for (const double v : {scale_lon, scale_lat, origin_lon, origin_lat}) out.raw(&v, sizeof v);
    out.varint(world.arcs.size());
    for (const auto& arc : world.arcs) {
        out.varint(arc.size());
        std::int64_t x = 0, y = 0;
        for (const LonLatDeg& p : arc) {
            const auto qx = static_cast<std::int64_t>(std::llround((p.lon_deg - origin_lon) / scale_lon));
            const auto qy = static_cast<std::int64_t>(std::llround((p.lat_deg - origin_lat) / scale_lat));
            out.zigzag(qx - x);
            out.zigzag(qy - y);
            x = qx;
            y = qy;
        }
    }
    out.varint(world.features.size());
    for (const TopoFeature& f : world.features) {
        out.string(f.id);
        out.string(f.name);
        out.varint(f.polygons.size());
        for (const ArcPolygon& polygon : f.polygons) {
            out.varint(polygon.size());
            for (const ArcRing& ring : polygon) {
                out.varint(ring.size());
                for (const std::int32_t ref : ring) out.zigzag(ref);
            }
        }
    }
    out.varint(world.markers.size());
    for (const WorldMarker& m : world.markers) {
        out.string(m.party);
        out.raw(&m.lon_deg, sizeof m.lon_deg);
        out.raw(&m.lat_deg, sizeof m.lat_deg);
        out.bytes.push_back(m.flags);
    }
    return std::move(out.bytes);
}

std::optional<WorldGeometry> decode_world_geometry(std::span<const std::uint8_t> bytes, std::string& error) {
    if (bytes.size() < sizeof magic + 1 + 32 || std::memcmp(bytes.data(), magic, sizeof magic) != 0) {
        error = "not an Accord Atlas geometry file (no AAGEO header)";
        return std::nullopt;
    }
    if (bytes[sizeof magic] != format_version) {
        error = "geometry format version " + std::to_string(bytes[sizeof magic]) + "; this build reads version 1";
        return std::nullopt;
    }
    Reader in(bytes.subspan(sizeof magic + 1));
    double scale_lon = 0, scale_lat = 0, origin_lon = 0, origin_lat = 0;
    in.raw(&scale_lon, 8);
    in.raw(&scale_lat, 8);
    in.raw(&origin_lon, 8);
    in.raw(&origin_lat, 8);
    const auto sane = [](double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; };
    if (!sane(scale_lon, 1e-9, 1.0) || !sane(scale_lat, 1e-9, 1.0) || !sane(origin_lon, -360.0, 360.0) || !sane(origin_lat, -180.0, 180.0)) {
        error = "geometry grid (scale and origin) is out of range";
        return std::nullopt;
    }
    WorldGeometry world;
    const std::uint64_t arc_count = in.count();
    world.arcs.resize(static_cast<std::size_t>(arc_count));
    // Grid coordinates stay far below any overflow: a point must land on the globe (with a margin).
    constexpr std::int64_t max_grid_steps = std::int64_t{1} << 40;
    for (auto& arc : world.arcs) {
        const std::uint64_t points = in.count();
        arc.reserve(static_cast<std::size_t>(points));
        std::int64_t x = 0, y = 0;
        for (std::uint64_t i = 0; i < points && !in.failed(); ++i) {
            const std::int64_t dx = in.zigzag(), dy = in.zigzag();
            if (dx > max_grid_steps || dx < -max_grid_steps || dy > max_grid_steps || dy < -max_grid_steps) {
                error = "arc step out of range near byte " + std::to_string(in.offset());
                return std::nullopt;
            }
            x += dx;
            y += dy;
            const LonLatDeg point{static_cast<double>(x) * scale_lon + origin_lon, static_cast<double>(y) * scale_lat + origin_lat};
            if (!sane(point.lon_deg, -181.0, 181.0) || !sane(point.lat_deg, -91.0, 91.0)) {
                error = "arc point off the globe near byte " + std::to_string(in.offset());
                return std::nullopt;
            }
            arc.push_back(point);
        }
    }
    const std::uint64_t feature_count = in.count();
    for (std::uint64_t f = 0; f < feature_count && !in.failed(); ++f) {
        TopoFeature& feature = world.features.emplace_back();
        feature.id = in.string();
        feature.name = in.string();
        const std::uint64_t polygons = in.count();
        for (std::uint64_t p = 0; p < polygons && !in.failed(); ++p) {
            ArcPolygon& polygon = feature.polygons.emplace_back();
            const std::uint64_t rings = in.count();
            for (std::uint64_t r = 0; r < rings && !in.failed(); ++r) {
                ArcRing& ring = polygon.emplace_back();
                const std::uint64_t refs = in.count();
                for (std::uint64_t i = 0; i < refs && !in.failed(); ++i) {
                    const std::int64_t ref = in.zigzag();
                    const std::int64_t index = ref < 0 ? ~ref : ref;
                    if (index >= static_cast<std::int64_t>(arc_count)) {
                        error = "arc reference " + std::to_string(ref) + " out of range near byte " + std::to_string(in.offset());
                        return std::nullopt;
                    }
                    ring.push_back(static_cast<std::int32_t>(ref));
                }
            }
        }
    }
    const std::uint64_t marker_count = in.count();
    for (std::uint64_t m = 0; m < marker_count && !in.failed(); ++m) {
        WorldMarker& marker = world.markers.emplace_back();
        marker.party = in.string();
        in.raw(&marker.lon_deg, 4);
        in.raw(&marker.lat_deg, 4);
        in.raw(&marker.flags, 1);
        if (!std::isfinite(marker.lon_deg) || !std::isfinite(marker.lat_deg) || std::fabs(marker.lon_deg) > 180 ||
            std::fabs(marker.lat_deg) > 90) {
            error = "marker of " + marker.party + " has an invalid position";
            return std::nullopt;
        }
    }
    if (in.failed()) {
        error = "geometry file is truncated or malformed";
        return std::nullopt;
    }
    return world;
}

}  // namespace accord
