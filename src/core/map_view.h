// The map's view: which projection, where it is centred, how far it is zoomed, and the eased
// motion between views. Pure math, shared by the renderer (uniforms), picking (screen -> place),
// the JS API (screenPos) and the tests. Spaces: "css" is CSS pixels in the canvas (y down),
// "projected" is the projection's unit-sphere plane (y up), lon/lat are degrees.
#pragma once
#include <optional>

#include "core/projection.h"

namespace accord {

struct CssPoint {
    double x = 0;
    double y = 0;
};

struct CssRect {
    double left = 0;
    double top = 0;
    double width = 1;
    double height = 1;
};

// The part of the world the view fits at zoom 1 on flat maps: the land people live on, from
// Tierra del Fuego to the north of Greenland. The empty Antarctic and polar ocean outside it
// would otherwise take a fifth of the map's height (a phone in landscape, a short embed).
inline constexpr double home_min_lat_deg = -57.0;
inline constexpr double home_max_lat_deg = 84.0;
// Its projected box (the whole disk for the globe) and the centre of the view at zoom 1.
ProjectedBounds home_bounds(ProjectionKind kind);
ProjectedXY home_center(ProjectionKind kind);

class MapView {
public:
    static constexpr double min_zoom = 1.0;   // the home bounds fit the map rectangle
    static constexpr double max_zoom = 48.0;  // enough to tell Monaco from Nice on a phone

    // The map's rectangle, and the frame inside it where the home bounds fit at zoom 1 (the whole
    // rectangle unless given: a phone held upright puts the world under its header). The view's
    // centre is drawn at the frame's centre at every zoom.
    void set_rect(const CssRect& rect_css) { set_rect(rect_css, rect_css); }
    void set_rect(const CssRect& rect_css, const CssRect& home_css) {
        rect_css_ = rect_css;
        home_css_ = home_css;
    }
    // Moves the map's edges without moving what it shows (a panel opening beside it): the scale
    // and the screen position of every place stay, as far as the zoom limits allow.
    void set_rect_keeping_content(const CssRect& rect_css) { set_rect_keeping_content(rect_css, rect_css); }
    void set_rect_keeping_content(const CssRect& rect_css, const CssRect& home_css);
    const CssRect& rect() const { return rect_css_; }
    const CssRect& home_frame() const { return home_css_; }

    // Switches projection; the renderer blends from the previous one while mix < 1.
    void set_projection(ProjectionKind kind);
    ProjectionKind projection() const { return projection_; }
    ProjectionKind previous_projection() const { return previous_projection_; }
    double projection_mix() const { return projection_mix_; }  // 0 = previous, 1 = current

    // Input, in CSS pixels. Pans and zooms move the target; `animate` eases the shown view to it.
    void pan_by(double dx_css, double dy_css, bool immediate = true);
    void zoom_at(CssPoint anchor_css, double factor, bool immediate = false);
    void reset();  // back to zoom 1 and the home centre
    void fly_to(LonLatDeg place, double zoom);
    // Sets the view at once (a link being opened): centre for flat maps, rotation for the globe.
    void jump_to(ProjectedXY center, double zoom, GlobeRotation rotation);
    // Advances easing by dt seconds; returns true while the view is still moving.
    bool animate(double dt_seconds);
    // Without motion (the reader asked for reduced motion): every change of view, a flight or a
    // projection switch included, lands at its target on the next animate() instead of easing.
    void set_motion(bool motion) { motion_ = motion; }
    bool motion() const { return motion_; }
    bool animating() const;

    // Current (eased) values.
    double zoom() const { return zoom_; }
    ProjectedXY center() const { return center_; }
    GlobeRotation rotation() const { return rotation_; }
    double pixels_per_unit() const;  // CSS pixels per projected unit at the current zoom
    CssPoint map_center_css() const { return {home_css_.left + home_css_.width / 2, home_css_.top + home_css_.height / 2}; }

    CssPoint to_css(ProjectedXY xy) const;
    ProjectedXY to_projected(CssPoint css) const;
    // A place on screen (nullopt when on the back of the globe).
    std::optional<CssPoint> css_of(LonLatDeg place) const;
    // The place under a CSS point (nullopt outside the world).
    std::optional<LonLatDeg> place_at(CssPoint css) const;

    // Targets (what the view eases towards), for the URL state later.
    double target_zoom() const { return target_zoom_; }

private:
    void clamp_target();
    CssRect rect_css_;
    CssRect home_css_;
    ProjectionKind projection_ = ProjectionKind::equal_earth;
    ProjectionKind previous_projection_ = ProjectionKind::equal_earth;
    double projection_mix_ = 1.0;
    bool motion_ = true;
    double zoom_ = 1.0, target_zoom_ = 1.0;
    ProjectedXY center_ = home_center(ProjectionKind::equal_earth), target_center_ = center_;
    GlobeRotation rotation_{}, target_rotation_{};
};

}  // namespace accord
