// Ear-clipping triangulation for triangulate.h, after the algorithm of mapbox's earcut, written
// afresh. The polygon lives in a doubly linked ring of nodes held in one vector and addressed by
// 32-bit ids (no pointers, so growth of the vector cannot leave anything dangling). The outer ring
// is stored counter-clockwise and holes clockwise, which makes bridging a hole in produce one
// weakly simple ring. Ears are clipped in passes: plain clipping, then clipping after removing
// duplicate and collinear points, then after cutting off local self-intersections, then splitting
// the ring along a diagonal and starting over on both halves. The passes run from an explicit job
// stack rather than by recursion, so pathological input cannot exhaust the (small, wasm) stack.
//
// Index (grep "[SECTION]"):
//   [SECTION] limits and the node ring
//   [SECTION] geometric predicates and the z-order key
//   [SECTION] the Triangulator: its state and steps
//   [SECTION] building and editing rings
//   [SECTION] holes: bridging each into the outer ring
//   [SECTION] diagonals: whether a cut stays inside
//   [SECTION] the z-order index
//   [SECTION] ear tests
//   [SECTION] clipping passes: clip, filter, cure, split
//   [SECTION] run: one polygon from rings to triangles
//   [SECTION] public functions: triangulate_polygon, ring areas, area deviation
#include "core/triangulate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace accord {

namespace {

// [SECTION] limits and the node ring
using NodeId = std::int32_t;
constexpr NodeId no_node = -1;

// Above this many points the ear test walks a z-order index instead of the whole ring.
constexpr std::size_t hashing_threshold_points = 80;
// The z-order hash quantises coordinates to 15 bits per axis (interleaved into 30 bits).
constexpr double z_order_cells = 32767.0;
// Work budget: a fixed allowance for small rings (whose unhashed ear tests are quadratic), a
// per-point allowance, and a quadratic term because some valid shapes are inherently quadratic
// for ear clipping (a random star's ears span the whole polygon: ~600 steps per point at 10,000
// points, ~2,000 at 50,000). Natural Earth's 1:50m and 1:10m countries average 13-19 steps per
// point and peak at ~170; only garbage (self-crossing scribbles that need split after split)
// comes near the limit, and there a partial result beats a frozen page.
constexpr std::uint64_t budget_fixed_steps = 4'000'000;
constexpr std::uint64_t budget_steps_per_point = 2'000;
constexpr std::uint64_t budget_quadratic_divisor = 16;  // + points² / 16
// Node ids are int32 and each hole bridge or split adds two nodes; stay far below the limit.
constexpr std::size_t max_input_points = std::size_t{1} << 28;

struct Node {
    double x = 0.0;  // longitude, degrees
    double y = 0.0;  // latitude, degrees
    std::uint32_t vertex = 0;  // index into the concatenated input rings (before index_base)
    std::uint32_t z = 0;       // z-order key, valid while hashing
    NodeId prev = no_node;
    NodeId next = no_node;
    NodeId prev_z = no_node;  // neighbours in the z-order list of the ring being clipped
    NodeId next_z = no_node;
    bool removed = false;
};

// [SECTION] geometric predicates and the z-order key
// Twice the signed area of triangle (p, q, r): positive for a left (counter-clockwise) turn at q.
double orient(const Node& p, const Node& q, const Node& r) {
    return (q.x - p.x) * (r.y - q.y) - (q.y - p.y) * (r.x - q.x);
}

bool same_position(const Node& a, const Node& b) { return a.x == b.x && a.y == b.y; }

// Whether (px, py) lies inside or on counter-clockwise triangle a, b, c: left of or on every edge.
bool point_in_triangle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py) {
    return (ax - px) * (by - py) >= (bx - px) * (ay - py) && (bx - px) * (cy - py) >= (cx - px) * (by - py) &&
           (cx - px) * (ay - py) >= (ax - px) * (cy - py);
}

int sign_of(double value) { return (value > 0.0) - (value < 0.0); }

// For collinear p, q, r: whether q lies within the bounding box of segment p-r.
bool on_segment(const Node& p, const Node& q, const Node& r) {
    return q.x <= std::max(p.x, r.x) && q.x >= std::min(p.x, r.x) && q.y <= std::max(p.y, r.y) &&
           q.y >= std::min(p.y, r.y);
}

// Whether segments p1-q1 and p2-q2 intersect, touching included.
bool segments_intersect(const Node& p1, const Node& q1, const Node& p2, const Node& q2) {
    const int o1 = sign_of(orient(p1, q1, p2));
    const int o2 = sign_of(orient(p1, q1, q2));
    const int o3 = sign_of(orient(p2, q2, p1));
    const int o4 = sign_of(orient(p2, q2, q1));
    if (o1 != o2 && o3 != o4) return true;
    if (o1 == 0 && on_segment(p1, p2, q1)) return true;
    if (o2 == 0 && on_segment(p1, q2, q1)) return true;
    if (o3 == 0 && on_segment(p2, p1, q2)) return true;
    if (o4 == 0 && on_segment(p2, q1, q2)) return true;
    return false;
}

// Spreads the low 15 bits of `value` to the even bit positions, for Morton interleaving.
std::uint32_t spread_bits(std::uint32_t value) {
    value = (value | (value << 8)) & 0x00FF00FFu;
    value = (value | (value << 4)) & 0x0F0F0F0Fu;
    value = (value | (value << 2)) & 0x33333333u;
    value = (value | (value << 1)) & 0x55555555u;
    return value;
}

// [SECTION] the Triangulator: its state and steps
class Triangulator {
public:
    Triangulator(std::uint32_t index_base, std::vector<std::uint32_t>& indices_out, TriangulateStats& stats)
        : index_base_(index_base), out_(indices_out), stats_(stats) {}

    void run(const PolygonRings& polygon);

private:
    struct Job {
        NodeId start;
        int pass;
    };

    // Budget bookkeeping: every loop that can run long pays per step; once the budget is gone
    // every loop bails out and the job stack is dropped.
    bool spend(std::uint64_t steps = 1) {
        stats_.work_steps += steps;
        if (stats_.work_steps > budget_steps_) stats_.budget_exhausted = true;
        return !stats_.budget_exhausted;
    }

    // Node ids are never negative when used as indices; the cast keeps -Wsign-conversion quiet.
    Node& at(NodeId id) { return nodes_[static_cast<std::size_t>(id)]; }
    const Node& at(NodeId id) const { return nodes_[static_cast<std::size_t>(id)]; }

    NodeId add_node(double x_deg, double y_deg, std::uint32_t vertex, NodeId last);
    NodeId build_ring(std::span<const LonLatDeg> ring, std::uint32_t vertex_offset, bool counter_clockwise);
    void remove_node(NodeId id);
    NodeId live_node(NodeId id) const;
    NodeId filter_points(NodeId start, NodeId end = no_node);
    NodeId split_polygon(NodeId a, NodeId b);

    NodeId leftmost_node(NodeId start) const;
    NodeId eliminate_holes(const std::vector<NodeId>& hole_starts, NodeId outer);
    NodeId eliminate_hole(NodeId hole, NodeId outer);
    NodeId find_hole_bridge(NodeId hole, NodeId outer);

    bool locally_inside(NodeId a, NodeId b) const;
    bool middle_inside(NodeId a, NodeId b);
    bool sector_contains_sector(NodeId m, NodeId p) const;
    bool intersects_polygon(NodeId a, NodeId b);
    bool is_valid_diagonal(NodeId a, NodeId b);

    std::uint32_t z_order(double x_deg, double y_deg) const;
    void index_curve(NodeId start);
    bool blocks_ear(NodeId candidate, NodeId ear, double x0, double y0, double x1, double y1) const;
    bool is_ear(NodeId ear);
    bool is_ear_hashed(NodeId ear);

    void emit(NodeId a, NodeId b, NodeId c);
    void clip_ears(NodeId ear, int pass);
    NodeId cure_local_intersections(NodeId start);
    void split_and_requeue(NodeId start);

    std::uint32_t index_base_;
    std::vector<std::uint32_t>& out_;
    TriangulateStats& stats_;
    std::vector<Node> nodes_;
    std::vector<Job> jobs_;
    std::vector<NodeId> scratch_;
    std::uint64_t budget_steps_ = budget_fixed_steps;
    bool hashing_ = false;
    double min_x_ = 0.0;
    double min_y_ = 0.0;
    double inv_size_ = 0.0;  // z-order cells per degree
};

// [SECTION] building and editing rings
NodeId Triangulator::add_node(double x_deg, double y_deg, std::uint32_t vertex, NodeId last) {
    const auto id = static_cast<NodeId>(nodes_.size());
    Node node;
    node.x = x_deg;
    node.y = y_deg;
    node.vertex = vertex;
    if (last == no_node) {
        node.prev = id;
        node.next = id;
    } else {
        node.prev = last;
        node.next = at(last).next;
        at(node.next).prev = id;
        at(last).next = id;
    }
    nodes_.push_back(node);
    return id;
}

// Links the usable points of `ring` (finite, not equal to their predecessor, closing duplicate
// dropped) into a new ring with the requested winding. Returns no_node when fewer than three
// points remain or the ring has no area: such a ring contributes nothing but cannot hurt.
NodeId Triangulator::build_ring(std::span<const LonLatDeg> ring, std::uint32_t vertex_offset,
                                bool counter_clockwise) {
    scratch_.clear();
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LonLatDeg& point = ring[i];
        if (!std::isfinite(point.lon_deg) || !std::isfinite(point.lat_deg)) continue;
        if (!scratch_.empty()) {
            const LonLatDeg& last = ring[static_cast<std::size_t>(scratch_.back())];
            if (last.lon_deg == point.lon_deg && last.lat_deg == point.lat_deg) continue;
        }
        scratch_.push_back(static_cast<NodeId>(i));
    }
    while (scratch_.size() > 1) {
        const LonLatDeg& first = ring[static_cast<std::size_t>(scratch_.front())];
        const LonLatDeg& last = ring[static_cast<std::size_t>(scratch_.back())];
        if (first.lon_deg != last.lon_deg || first.lat_deg != last.lat_deg) break;
        scratch_.pop_back();
    }
    stats_.points_dropped += ring.size() - scratch_.size();
    if (scratch_.size() < 3) return no_node;

    // Shoelace relative to the first point, for precision with coordinates far from the origin.
    const LonLatDeg& origin = ring[static_cast<std::size_t>(scratch_.front())];
    double twice_area = 0.0;
    for (std::size_t k = 0; k < scratch_.size(); ++k) {
        const LonLatDeg& p = ring[static_cast<std::size_t>(scratch_[k])];
        const LonLatDeg& q = ring[static_cast<std::size_t>(scratch_[(k + 1) % scratch_.size()])];
        twice_area += (p.lon_deg - origin.lon_deg) * (q.lat_deg - origin.lat_deg) -
                      (q.lon_deg - origin.lon_deg) * (p.lat_deg - origin.lat_deg);
    }
    if (!(twice_area != 0.0) || !std::isfinite(twice_area)) return no_node;

    const bool keep_order = (twice_area > 0.0) == counter_clockwise;
    NodeId last = no_node;
    const std::size_t count = scratch_.size();
    for (std::size_t k = 0; k < count; ++k) {
        const NodeId source = scratch_[keep_order ? k : count - 1 - k];
        const LonLatDeg& point = ring[static_cast<std::size_t>(source)];
        last = add_node(point.lon_deg, point.lat_deg, vertex_offset + static_cast<std::uint32_t>(source), last);
    }
    return last;
}

void Triangulator::remove_node(NodeId id) {
    Node& node = at(id);
    at(node.next).prev = node.prev;
    at(node.prev).next = node.next;
    if (node.prev_z != no_node) at(node.prev_z).next_z = node.next_z;
    if (node.next_z != no_node) at(node.next_z).prev_z = node.prev_z;
    node.removed = true;  // its prev/next stay as they were, so walks that stand on it can step off
}

// A removed node's `next` was live when it was removed; following the chain reaches a live node.
NodeId Triangulator::live_node(NodeId id) const {
    for (std::size_t guard = 0; id != no_node && at(id).removed; ++guard) {
        if (guard > nodes_.size()) return no_node;
        id = at(id).next;
    }
    return id;
}

// Removes duplicate and collinear points (including zero-width spikes) between `start` and `end`,
// backing up after each removal since the previous point may have become removable.
NodeId Triangulator::filter_points(NodeId start, NodeId end) {
    start = live_node(start);
    if (start == no_node) return no_node;
    end = end == no_node ? start : live_node(end);
    if (end == no_node) end = start;
    NodeId p = start;
    bool again = false;
    do {
        if (!spend()) return end;
        again = false;
        const Node& node = at(p);
        if (same_position(node, at(node.next)) || orient(at(node.prev), node, at(node.next)) == 0.0) {
            const NodeId before = node.prev;
            remove_node(p);
            p = end = before;
            if (p == at(p).next) break;
            again = true;
        } else {
            p = node.next;
        }
    } while (again || p != end);
    return end;
}

// Joins a and b with a two-way bridge. If they are in different rings (a hole and the outer ring)
// the result is one ring; if in the same ring it becomes two: a -> b -> ... and a' -> ... -> b' -> a'.
// Returns b's copy, which lies in the second ring.
NodeId Triangulator::split_polygon(NodeId a, NodeId b) {
    const auto a2 = static_cast<NodeId>(nodes_.size());
    const NodeId b2 = a2 + 1;
    Node copy_a;
    copy_a.x = at(a).x;
    copy_a.y = at(a).y;
    copy_a.vertex = at(a).vertex;
    Node copy_b;
    copy_b.x = at(b).x;
    copy_b.y = at(b).y;
    copy_b.vertex = at(b).vertex;
    nodes_.push_back(copy_a);
    nodes_.push_back(copy_b);
    const NodeId a_next = at(a).next;
    const NodeId b_prev = at(b).prev;
    at(a).next = b;
    at(b).prev = a;
    at(a2).next = a_next;
    at(a_next).prev = a2;
    at(b2).next = a2;
    at(a2).prev = b2;
    at(b_prev).next = b2;
    at(b2).prev = b_prev;
    return b2;
}

// [SECTION] holes: bridging each into the outer ring
NodeId Triangulator::leftmost_node(NodeId start) const {
    NodeId p = start;
    NodeId leftmost = start;
    do {
        const Node& node = at(p);
        const Node& best = at(leftmost);
        if (node.x < best.x || (node.x == best.x && node.y < best.y)) leftmost = p;
        p = node.next;
    } while (p != start);
    return leftmost;
}

// Bridges holes from left to right: a hole's bridge goes leftwards, so handling the leftmost
// holes first means later bridges may attach to already merged holes instead of crossing them.
NodeId Triangulator::eliminate_holes(const std::vector<NodeId>& hole_starts, NodeId outer) {
    struct HoleKey {
        double x;
        double y;
        double slope;  // of the edge leaving the leftmost point; orders holes sharing that point
        NodeId node;
    };
    std::vector<HoleKey> keys;
    keys.reserve(hole_starts.size());
    for (const NodeId start : hole_starts) {
        const NodeId left = leftmost_node(start);
        const Node& node = at(left);
        const Node& next = at(node.next);
        double slope = (next.y - node.y) / (next.x - node.x);
        if (std::isnan(slope)) slope = 0.0;  // keeps the sort's ordering strict-weak
        keys.push_back({node.x, node.y, slope, left});
    }
    std::sort(keys.begin(), keys.end(), [](const HoleKey& a, const HoleKey& b) {
        return std::tie(a.x, a.y, a.slope, a.node) < std::tie(b.x, b.y, b.slope, b.node);
    });
    for (const HoleKey& key : keys) {
        if (stats_.budget_exhausted) break;
        outer = eliminate_hole(key.node, outer);
    }
    return outer;
}

NodeId Triangulator::eliminate_hole(NodeId hole, NodeId outer) {
    NodeId bridge = find_hole_bridge(hole, outer);
    if (bridge == no_node) return outer;  // hole outside the outer ring: ignored
    const NodeId bridge_reverse = split_polygon(bridge, hole);
    // The bridge can leave collinear points on either side of the cut.
    const NodeId survivor = filter_points(bridge_reverse, at(bridge_reverse).next);
    bridge = live_node(bridge);
    if (bridge == no_node) bridge = survivor;
    return filter_points(bridge, at(bridge).next);
}

// Finds the outer-ring node to connect the hole's leftmost point to: cast a ray to the left,
// take the nearest edge it hits, then among the reflex points inside the triangle formed by the
// hole point, the hit point and that edge's left end pick the one at the smallest angle to the ray.
NodeId Triangulator::find_hole_bridge(NodeId hole, NodeId outer) {
    const double hx = at(hole).x;
    const double hy = at(hole).y;
    double qx = -std::numeric_limits<double>::infinity();
    NodeId m = no_node;

    NodeId p = outer;
    if (same_position(at(hole), at(p))) return p;
    do {
        if (!spend()) return no_node;
        const Node& node = at(p);
        const Node& next = at(node.next);
        if (same_position(at(hole), next)) return node.next;
        // The outer ring is counter-clockwise, so edges left of an interior point run downwards.
        if (hy <= node.y && hy >= next.y && next.y != node.y) {
            const double x = node.x + (hy - node.y) * (next.x - node.x) / (next.y - node.y);
            if (x <= hx && x > qx) {
                qx = x;
                m = node.x < next.x ? p : node.next;
                if (x == hx) return m;  // the hole touches this edge: take its left end
            }
        }
        p = node.next;
    } while (p != outer);
    if (m == no_node) return no_node;

    const NodeId stop = m;
    const double mx = at(m).x;
    const double my = at(m).y;
    double tan_min = std::numeric_limits<double>::infinity();
    p = m;
    do {
        if (!spend()) return no_node;
        const Node& node = at(p);
        // The triangle (hole point, hit point, m), ordered counter-clockwise.
        if (hx >= node.x && node.x >= mx && hx != node.x &&
            point_in_triangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, node.x, node.y)) {
            const double tan = std::abs(hy - node.y) / (hx - node.x);
            if (locally_inside(p, hole) &&
                (tan < tan_min ||
                 (tan == tan_min &&
                  (node.x > at(m).x || (node.x == at(m).x && sector_contains_sector(m, p)))))) {
                m = p;
                tan_min = tan;
            }
        }
        p = node.next;
    } while (p != stop);
    return m;
}

// [SECTION] diagonals: whether a cut stays inside
// Whether the diagonal a-b starts into the polygon's interior at a.
bool Triangulator::locally_inside(NodeId a, NodeId b) const {
    const Node& na = at(a);
    const Node& nb = at(b);
    const Node& prev = at(na.prev);
    const Node& next = at(na.next);
    if (orient(prev, na, next) > 0.0) {  // convex at a: b must be inside the wedge
        return orient(na, nb, next) <= 0.0 && orient(na, prev, nb) <= 0.0;
    }
    // reflex at a: b must be outside the outer wedge
    return orient(na, nb, prev) > 0.0 || orient(na, next, nb) > 0.0;
}

// Whether the midpoint of a-b is inside the polygon (even-odd ray cast).
bool Triangulator::middle_inside(NodeId a, NodeId b) {
    const double px = (at(a).x + at(b).x) / 2.0;
    const double py = (at(a).y + at(b).y) / 2.0;
    bool inside = false;
    NodeId p = a;
    do {
        if (!spend()) return false;
        const Node& node = at(p);
        const Node& next = at(node.next);
        if ((node.y > py) != (next.y > py) && next.y != node.y &&
            px < (next.x - node.x) * (py - node.y) / (next.y - node.y) + node.x) {
            inside = !inside;
        }
        p = node.next;
    } while (p != a);
    return inside;
}

// For two nodes at the same position: whether m's interior wedge contains p's.
bool Triangulator::sector_contains_sector(NodeId m, NodeId p) const {
    const Node& nm = at(m);
    const Node& np = at(p);
    return orient(at(nm.prev), nm, at(np.prev)) > 0.0 && orient(at(np.next), nm, at(nm.next)) > 0.0;
}

// Whether a-b crosses any edge of the ring not incident to a or b (compared by input vertex, so
// the duplicated bridge ends count as the same point).
bool Triangulator::intersects_polygon(NodeId a, NodeId b) {
    const std::uint32_t va = at(a).vertex;
    const std::uint32_t vb = at(b).vertex;
    NodeId p = a;
    do {
        if (!spend()) return true;
        const Node& node = at(p);
        const Node& next = at(node.next);
        if (node.vertex != va && next.vertex != va && node.vertex != vb && next.vertex != vb &&
            segments_intersect(node, next, at(a), at(b))) {
            return true;
        }
        p = node.next;
    } while (p != a);
    return false;
}

bool Triangulator::is_valid_diagonal(NodeId a, NodeId b) {
    const Node& na = at(a);
    const Node& nb = at(b);
    if (at(na.next).vertex == nb.vertex || at(na.prev).vertex == nb.vertex) return false;
    if (intersects_polygon(a, b)) return false;
    const bool visible = locally_inside(a, b) && locally_inside(b, a) && middle_inside(a, b) &&
                         // a zero-area split would leave two opposite-facing wedges
                         (orient(at(na.prev), na, at(nb.prev)) != 0.0 || orient(na, at(nb.prev), nb) != 0.0);
    if (visible) return true;
    // Two copies of one point, both reflex: splitting there is a zero-length cut.
    return same_position(na, nb) && orient(at(na.prev), na, at(na.next)) < 0.0 &&
           orient(at(nb.prev), nb, at(nb.next)) < 0.0;
}

// [SECTION] the z-order index
std::uint32_t Triangulator::z_order(double x_deg, double y_deg) const {
    // Clamped (and NaN-safe: a failed comparison yields 0) before the integer conversion.
    double fx = (x_deg - min_x_) * inv_size_;
    double fy = (y_deg - min_y_) * inv_size_;
    fx = fx >= 0.0 ? std::min(fx, z_order_cells) : 0.0;
    fy = fy >= 0.0 ? std::min(fy, z_order_cells) : 0.0;
    return spread_bits(static_cast<std::uint32_t>(fx)) | (spread_bits(static_cast<std::uint32_t>(fy)) << 1);
}

// Orders the ring's nodes by z-order key into the prev_z/next_z list. The key is monotonic in x
// and y, so every point inside a bounding box has a key between those of its two corners.
void Triangulator::index_curve(NodeId start) {
    scratch_.clear();
    NodeId p = start;
    do {
        Node& node = at(p);
        node.z = z_order(node.x, node.y);
        scratch_.push_back(p);
        p = node.next;
    } while (p != start);
    spend(scratch_.size());
    std::sort(scratch_.begin(), scratch_.end(), [this](NodeId a, NodeId b) {
        return at(a).z != at(b).z ? at(a).z < at(b).z : a < b;
    });
    for (std::size_t k = 0; k < scratch_.size(); ++k) {
        Node& node = at(scratch_[k]);
        node.prev_z = k == 0 ? no_node : scratch_[k - 1];
        node.next_z = k + 1 == scratch_.size() ? no_node : scratch_[k + 1];
    }
}

// [SECTION] ear tests
// Whether `candidate` prevents the ear (prev, ear, next) from being cut: a reflex (or flat) point
// inside the ear's triangle. A point at the position of the triangle's first corner does not
// count: it is a bridge's duplicate of that corner.
bool Triangulator::blocks_ear(NodeId candidate, NodeId ear, double x0, double y0, double x1, double y1) const {
    const Node& p = at(candidate);
    if (p.x < x0 || p.x > x1 || p.y < y0 || p.y > y1) return false;
    const Node& b = at(ear);
    if (candidate == b.prev || candidate == b.next) return false;
    const Node& a = at(b.prev);
    const Node& c = at(b.next);
    if (p.x == a.x && p.y == a.y) return false;
    return point_in_triangle(a.x, a.y, b.x, b.y, c.x, c.y, p.x, p.y) && orient(at(p.prev), p, at(p.next)) <= 0.0;
}

bool Triangulator::is_ear(NodeId ear) {
    const Node& b = at(ear);
    const Node& a = at(b.prev);
    const Node& c = at(b.next);
    if (orient(a, b, c) <= 0.0) return false;  // reflex or flat: not an ear
    const double x0 = std::min({a.x, b.x, c.x});
    const double y0 = std::min({a.y, b.y, c.y});
    const double x1 = std::max({a.x, b.x, c.x});
    const double y1 = std::max({a.y, b.y, c.y});
    for (NodeId p = c.next; p != b.prev; p = at(p).next) {
        if (!spend()) return false;
        if (blocks_ear(p, ear, x0, y0, x1, y1)) return false;
    }
    return true;
}

// As is_ear, but only visits the nodes whose z-order key lies within the triangle's bounding box,
// walking outwards from the ear in both directions.
bool Triangulator::is_ear_hashed(NodeId ear) {
    const Node& b = at(ear);
    const Node& a = at(b.prev);
    const Node& c = at(b.next);
    if (orient(a, b, c) <= 0.0) return false;
    const double x0 = std::min({a.x, b.x, c.x});
    const double y0 = std::min({a.y, b.y, c.y});
    const double x1 = std::max({a.x, b.x, c.x});
    const double y1 = std::max({a.y, b.y, c.y});
    const std::uint32_t min_z = z_order(x0, y0);
    const std::uint32_t max_z = z_order(x1, y1);
    NodeId p = b.prev_z;
    NodeId n = b.next_z;
    while (p != no_node && at(p).z >= min_z && n != no_node && at(n).z <= max_z) {
        if (!spend(2)) return false;
        if (blocks_ear(p, ear, x0, y0, x1, y1)) return false;
        p = at(p).prev_z;
        if (blocks_ear(n, ear, x0, y0, x1, y1)) return false;
        n = at(n).next_z;
    }
    while (p != no_node && at(p).z >= min_z) {
        if (!spend()) return false;
        if (blocks_ear(p, ear, x0, y0, x1, y1)) return false;
        p = at(p).prev_z;
    }
    while (n != no_node && at(n).z <= max_z) {
        if (!spend()) return false;
        if (blocks_ear(n, ear, x0, y0, x1, y1)) return false;
        n = at(n).next_z;
    }
    return true;
}

// [SECTION] clipping passes: clip, filter, cure, split
void Triangulator::emit(NodeId a, NodeId b, NodeId c) {
    out_.push_back(index_base_ + at(a).vertex);
    out_.push_back(index_base_ + at(b).vertex);
    out_.push_back(index_base_ + at(c).vertex);
    ++stats_.triangles;
}

// One pass of ear clipping over the ring at `ear`. When a full lap finds no ear, the next pass is
// queued: 0 -> 1 filter points, 1 -> 2 cure local intersections, 2 -> split in two (each half
// starts again at pass 0).
void Triangulator::clip_ears(NodeId ear, int pass) {
    ear = live_node(ear);
    if (ear == no_node) return;
    if (pass == 0 && hashing_) index_curve(ear);
    NodeId stop = ear;
    while (at(ear).prev != at(ear).next) {
        if (!spend()) return;
        const NodeId prev = at(ear).prev;
        const NodeId next = at(ear).next;
        if (hashing_ ? is_ear_hashed(ear) : is_ear(ear)) {
            emit(prev, ear, next);
            remove_node(ear);
            // Skipping the next vertex spreads the cuts around the ring, giving fewer slivers.
            ear = at(next).next;
            stop = ear;
            continue;
        }
        ear = next;
        if (ear == stop) {
            if (pass == 0) {
                jobs_.push_back({filter_points(ear), 1});
            } else if (pass == 1) {
                jobs_.push_back({cure_local_intersections(filter_points(ear)), 2});
            } else {
                split_and_requeue(ear);
            }
            return;
        }
    }
}

// Cuts off triangles where two edges a-p and p.next-b cross (a small self-intersection), which
// otherwise leaves the ring with no ears.
NodeId Triangulator::cure_local_intersections(NodeId start) {
    if (start == no_node) return no_node;
    NodeId p = start;
    do {
        if (!spend()) return p;
        const NodeId a = at(p).prev;
        const NodeId p_next = at(p).next;
        const NodeId b = at(p_next).next;
        if (!same_position(at(a), at(b)) && segments_intersect(at(a), at(p), at(p_next), at(b)) &&
            locally_inside(a, b) && locally_inside(b, a)) {
            emit(a, p, b);
            remove_node(p);
            remove_node(p_next);
            p = start = b;
        }
        p = at(p).next;
    } while (p != start);
    return filter_points(p);
}

// Last resort: find any valid diagonal, split the ring along it and clip both halves afresh.
// Without one the remaining piece is dropped.
void Triangulator::split_and_requeue(NodeId start) {
    NodeId a = start;
    do {
        NodeId b = at(at(a).next).next;
        while (b != at(a).prev) {
            if (!spend()) return;
            if (at(a).vertex != at(b).vertex && is_valid_diagonal(a, b)) {
                NodeId c = split_polygon(a, b);
                a = filter_points(a, at(a).next);
                c = filter_points(c, at(c).next);
                jobs_.push_back({c, 0});
                jobs_.push_back({a, 0});
                return;
            }
            b = at(b).next;
        }
        a = at(a).next;
    } while (a != start);
}

// [SECTION] run: one polygon from rings to triangles
void Triangulator::run(const PolygonRings& polygon) {
    if (polygon.rings.empty()) return;
    std::size_t total_points = 0;
    for (const auto& ring : polygon.rings) total_points += ring.size();
    if (total_points > max_input_points ||
        total_points > std::size_t{std::numeric_limits<std::uint32_t>::max() - index_base_}) {
        stats_.rings_skipped = polygon.rings.size();
        return;
    }
    const std::uint64_t points = total_points;
    budget_steps_ = budget_fixed_steps + budget_steps_per_point * points + points * points / budget_quadratic_divisor;
    nodes_.reserve(total_points + 16);

    const NodeId outer = build_ring(polygon.rings[0], 0, true);
    if (outer == no_node || at(outer).next == at(outer).prev) {
        stats_.rings_skipped = polygon.rings.size();
        return;
    }
    ++stats_.rings_used;

    std::vector<NodeId> hole_starts;
    auto vertex_offset = static_cast<std::uint32_t>(polygon.rings[0].size());
    for (std::size_t r = 1; r < polygon.rings.size(); ++r) {
        const NodeId hole = build_ring(polygon.rings[r], vertex_offset, false);
        vertex_offset += static_cast<std::uint32_t>(polygon.rings[r].size());
        if (hole == no_node) {
            ++stats_.rings_skipped;
            continue;
        }
        ++stats_.rings_used;
        hole_starts.push_back(hole);
    }

    // The z-order grid spans every point used, holes included, so no key needs clamping.
    if (nodes_.size() > hashing_threshold_points) {
        min_x_ = at(0).x;
        min_y_ = at(0).y;
        double max_x = min_x_;
        double max_y = min_y_;
        for (const Node& node : nodes_) {
            min_x_ = std::min(min_x_, node.x);
            min_y_ = std::min(min_y_, node.y);
            max_x = std::max(max_x, node.x);
            max_y = std::max(max_y, node.y);
        }
        const double size = std::max(max_x - min_x_, max_y - min_y_);
        hashing_ = size > 0.0 && std::isfinite(size);
        inv_size_ = hashing_ ? z_order_cells / size : 0.0;
    }

    NodeId start = outer;
    if (!hole_starts.empty()) start = eliminate_holes(hole_starts, outer);

    jobs_.push_back({start, 0});
    while (!jobs_.empty() && !stats_.budget_exhausted) {
        const Job job = jobs_.back();
        jobs_.pop_back();
        clip_ears(job.start, job.pass);
    }
}

double triangle_area_abs(const LonLatDeg& a, const LonLatDeg& b, const LonLatDeg& c) {
    return std::abs((b.lon_deg - a.lon_deg) * (c.lat_deg - a.lat_deg) - (c.lon_deg - a.lon_deg) * (b.lat_deg - a.lat_deg)) /
           2.0;
}

}  // namespace

// [SECTION] public functions: triangulate_polygon, ring areas, area deviation
std::size_t triangulate_polygon(const PolygonRings& polygon, std::uint32_t index_base,
                                std::vector<std::uint32_t>& indices_out, TriangulateStats& stats) {
    // Counted per call (the work budget is per polygon), then added to the caller's running totals.
    TriangulateStats call;
    Triangulator triangulator(index_base, indices_out, call);
    triangulator.run(polygon);
    stats.triangles += call.triangles;
    stats.rings_used += call.rings_used;
    stats.rings_skipped += call.rings_skipped;
    stats.points_dropped += call.points_dropped;
    stats.work_steps += call.work_steps;
    stats.budget_exhausted = stats.budget_exhausted || call.budget_exhausted;
    return call.triangles;
}

std::size_t triangulate_polygon(const PolygonRings& polygon, std::uint32_t index_base,
                                std::vector<std::uint32_t>& indices_out) {
    TriangulateStats stats;
    return triangulate_polygon(polygon, index_base, indices_out, stats);
}

double ring_area_signed(std::span<const LonLatDeg> ring) {
    if (ring.size() < 3) return 0.0;
    // Relative to the first point, for precision far from the origin; a repeated closing point
    // adds a zero term, so closed and open rings give the same area.
    const LonLatDeg& origin = ring[0];
    double twice_area = 0.0;
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
        twice_area += (ring[i].lon_deg - origin.lon_deg) * (ring[i + 1].lat_deg - origin.lat_deg) -
                      (ring[i + 1].lon_deg - origin.lon_deg) * (ring[i].lat_deg - origin.lat_deg);
    }
    return twice_area / 2.0;
}

double triangulation_area_deviation(const PolygonRings& polygon, std::span<const std::uint32_t> indices,
                                    std::uint32_t index_base) {
    constexpr double infinity = std::numeric_limits<double>::infinity();
    std::vector<LonLatDeg> points;
    double expected_area = 0.0;
    for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
        const auto& ring = polygon.rings[r];
        const double area = std::abs(ring_area_signed(ring));
        expected_area += r == 0 ? area : -area;
        points.insert(points.end(), ring.begin(), ring.end());
    }
    if (indices.size() % 3 != 0) return infinity;
    double triangles_area = 0.0;
    for (std::size_t i = 0; i < indices.size(); i += 3) {
        std::size_t local[3] = {};
        for (std::size_t k = 0; k < 3; ++k) {
            const std::uint32_t index = indices[i + k];
            if (index < index_base || index - index_base >= points.size()) return infinity;
            local[k] = index - index_base;
        }
        triangles_area += triangle_area_abs(points[local[0]], points[local[1]], points[local[2]]);
    }
    const double expected_abs = std::abs(expected_area);
    if (expected_abs == 0.0) return triangles_area == 0.0 ? 0.0 : infinity;
    return std::abs(triangles_area - expected_area) / expected_abs;
}

}  // namespace accord
