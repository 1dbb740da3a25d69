// Map view math and easing: see map_view.h.
#include "core/map_view.h"

#include <algorithm>
#include <cmath>

namespace accord {

namespace {
constexpr double pi = 3.14159265358979323846;
constexpr double fit_margin = 1.04;          // a little air around the world at zoom 1
constexpr double ease_rate_per_second = 14;  // exponential approach: ~95% in 0.2 s
constexpr double projection_blend_seconds = 0.6;

double ease_toward(double current, double target, double dt) {
    return target + (current - target) * std::exp(-ease_rate_per_second * dt);
}
}  // namespace

ProjectedBounds home_bounds(ProjectionKind kind) {
    const ProjectedBounds whole = projection_bounds(kind);
    if (kind == ProjectionKind::orthographic) return whole;
    const double south_y = project(kind, {0.0, home_min_lat_deg}).xy.y;
    const double north_y = project(kind, {0.0, home_max_lat_deg}).xy.y;
    return {whole.min_x, south_y, whole.max_x, north_y};
}

ProjectedXY home_center(ProjectionKind kind) {
    const ProjectedBounds b = home_bounds(kind);
    return {(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2};
}

void MapView::set_projection(ProjectionKind kind) {
    if (kind == projection_) return;
    previous_projection_ = projection_;
    projection_ = kind;
    projection_mix_ = 0.0;
    // Each projection starts from its own framing: the flat maps centred, the globe facing the
    // place that was at the centre of the flat map.
    if (kind == ProjectionKind::orthographic) {
        const auto place = unproject(previous_projection_, center_);
        target_rotation_ = rotation_ = {place ? place->lon_deg : 0.0, place ? std::clamp(place->lat_deg, -60.0, 60.0) : 0.0};
    }
    center_ = target_center_ = home_center(kind);
    zoom_ = target_zoom_ = 1.0;
}

double MapView::pixels_per_unit() const {
    // Fit the union of both projections' home extents so the blend never jumps out of the frame.
    const ProjectedBounds a = home_bounds(projection_);
    const ProjectedBounds b = home_bounds(previous_projection_);
    const double width = std::max(a.max_x - a.min_x, projection_mix_ < 1 ? b.max_x - b.min_x : 0.0);
    const double height = std::max(a.max_y - a.min_y, projection_mix_ < 1 ? b.max_y - b.min_y : 0.0);
    const double fit = std::min(home_css_.width / (width * fit_margin), home_css_.height / (height * fit_margin));
    return fit * zoom_;
}

CssPoint MapView::to_css(ProjectedXY xy) const {
    const double k = pixels_per_unit();
    const CssPoint c = map_center_css();
    return {c.x + (xy.x - center_.x) * k, c.y - (xy.y - center_.y) * k};
}

ProjectedXY MapView::to_projected(CssPoint css) const {
    const double k = pixels_per_unit();
    const CssPoint c = map_center_css();
    return {center_.x + (css.x - c.x) / k, center_.y - (css.y - c.y) / k};
}

std::optional<CssPoint> MapView::css_of(LonLatDeg place) const {
    const ProjectResult r = project(projection_, place, rotation_);
    if (!r.visible) return std::nullopt;
    return to_css(r.xy);
}

std::optional<LonLatDeg> MapView::place_at(CssPoint css) const { return unproject(projection_, to_projected(css), rotation_); }

void MapView::pan_by(double dx_css, double dy_css, bool immediate) {
    const double k = std::max(pixels_per_unit(), 1e-9);
    if (projection_ == ProjectionKind::orthographic) {
        // Dragging turns the globe: a drag across the disk's radius turns it by about a radian.
        target_rotation_.center_lon_deg -= dx_css / k * 180.0 / pi;
        target_rotation_.center_lat_deg = std::clamp(target_rotation_.center_lat_deg + dy_css / k * 180.0 / pi, -89.0, 89.0);
        target_rotation_.center_lon_deg = std::remainder(target_rotation_.center_lon_deg, 360.0);
        if (immediate) rotation_ = target_rotation_;
    } else {
        target_center_.x -= dx_css / k;
        target_center_.y += dy_css / k;
    }
    clamp_target();
    if (immediate) center_ = target_center_;
}

void MapView::zoom_at(CssPoint anchor_css, double factor, bool immediate) {
    const double old_zoom = target_zoom_;
    target_zoom_ = std::clamp(target_zoom_ * factor, min_zoom, max_zoom);
    if (projection_ != ProjectionKind::orthographic) {
        // Keep the projected point under the anchor where it is (computed on the target view).
        const double fit = pixels_per_unit() / zoom_;
        const CssPoint c = map_center_css();
        const double anchor_x = target_center_.x + (anchor_css.x - c.x) / (fit * old_zoom);
        const double anchor_y = target_center_.y - (anchor_css.y - c.y) / (fit * old_zoom);
        target_center_.x = anchor_x - (anchor_css.x - c.x) / (fit * target_zoom_);
        target_center_.y = anchor_y + (anchor_css.y - c.y) / (fit * target_zoom_);
    }
    clamp_target();
    if (immediate) {
        zoom_ = target_zoom_;
        center_ = target_center_;
    }
}

void MapView::reset() {
    target_zoom_ = 1.0;
    target_center_ = home_center(projection_);
    target_rotation_ = {0, 0};
}

void MapView::fly_to(LonLatDeg place, double zoom) {
    target_zoom_ = std::clamp(zoom, min_zoom, max_zoom);
    if (projection_ == ProjectionKind::orthographic) {
        target_rotation_ = {place.lon_deg, std::clamp(place.lat_deg, -89.0, 89.0)};
    } else {
        target_center_ = project(projection_, place).xy;
    }
    clamp_target();
}

void MapView::jump_to(ProjectedXY center, double zoom, GlobeRotation rotation) {
    target_zoom_ = std::clamp(zoom, min_zoom, max_zoom);
    target_center_ = center;
    target_rotation_ = {std::remainder(rotation.center_lon_deg, 360.0), std::clamp(rotation.center_lat_deg, -89.0, 89.0)};
    clamp_target();
    zoom_ = target_zoom_;
    center_ = target_center_;
    rotation_ = target_rotation_;
    projection_mix_ = 1.0;
}

void MapView::set_rect_keeping_content(const CssRect& rect_css, const CssRect& home_css) {
    const double old_fit = pixels_per_unit() / zoom_;
    const CssPoint old_center = map_center_css();
    rect_css_ = rect_css;
    home_css_ = home_css;
    const double new_fit = pixels_per_unit() / zoom_;
    const CssPoint new_center = map_center_css();
    if (old_fit <= 0 || new_fit <= 0) return;
    // Same pixels per unit as before, and the projected point at each CSS point unchanged.
    const auto keep = [&](double& zoom, ProjectedXY& center) {
        const double k = old_fit * zoom;
        center.x += (new_center.x - old_center.x) / k;
        center.y -= (new_center.y - old_center.y) / k;
        zoom = std::clamp(zoom * old_fit / new_fit, min_zoom, max_zoom);
    };
    keep(zoom_, center_);
    keep(target_zoom_, target_center_);
    clamp_target();
    if (zoom_ <= min_zoom + 1e-9) center_ = target_center_;
}

// The centre may move only as far as keeps some of the world in view.
void MapView::clamp_target() {
    const ProjectedBounds b = projection_bounds(projection_);
    target_center_.x = std::clamp(target_center_.x, b.min_x, b.max_x);
    target_center_.y = std::clamp(target_center_.y, b.min_y, b.max_y);
    if (target_zoom_ <= min_zoom + 1e-9) target_center_ = home_center(projection_);
}

bool MapView::animating() const {
    const double k = pixels_per_unit();
    return projection_mix_ < 1.0 || std::fabs(zoom_ - target_zoom_) > 1e-4 * target_zoom_ ||
           std::fabs(center_.x - target_center_.x) * k > 0.05 || std::fabs(center_.y - target_center_.y) * k > 0.05 ||
           std::fabs(std::remainder(rotation_.center_lon_deg - target_rotation_.center_lon_deg, 360.0)) > 0.01 ||
           std::fabs(rotation_.center_lat_deg - target_rotation_.center_lat_deg) > 0.01;
}

bool MapView::animate(double dt_seconds) {
    if (!motion_) {
        projection_mix_ = 1.0;
        zoom_ = target_zoom_;
        center_ = target_center_;
        rotation_ = target_rotation_;
        return false;
    }
    const double dt = std::clamp(dt_seconds, 0.0, 0.25);
    projection_mix_ = std::min(1.0, projection_mix_ + dt / projection_blend_seconds);
    // Zoom eases in log space so that zooming in and out feel alike.
    zoom_ = std::exp(ease_toward(std::log(zoom_), std::log(target_zoom_), dt));
    center_ = {ease_toward(center_.x, target_center_.x, dt), ease_toward(center_.y, target_center_.y, dt)};
    const double lon_delta = std::remainder(target_rotation_.center_lon_deg - rotation_.center_lon_deg, 360.0);
    rotation_.center_lon_deg = std::remainder(target_rotation_.center_lon_deg - lon_delta * std::exp(-ease_rate_per_second * dt), 360.0);
    rotation_.center_lat_deg = ease_toward(rotation_.center_lat_deg, target_rotation_.center_lat_deg, dt);
    if (!animating()) {
        zoom_ = target_zoom_;
        center_ = target_center_;
        rotation_ = target_rotation_;
        return false;
    }
    return true;
}

}  // namespace accord
