// Frame scheduler: decides when the app draws. Accord Atlas renders on demand: a frame is drawn
// only when input, a resize, new data or a running animation asks for one, so an idle page (an
// embed in a news article on a phone) costs no GPU and no battery. Pure logic, no clock or GL:
// the platform layer asks `wants_frame()` and reports `frame_drawn()`.
#pragma once
#include <cstdint>

namespace accord {

class FrameScheduler {
public:
    // ImGui needs a few frames after an input event to settle hover, focus and layout
    // (widgets measure themselves in one frame and place in the next), so one request
    // keeps drawing for this many frames.
    static constexpr int frames_per_request = 3;

    void request_frames(int count = frames_per_request);
    // A running animation (timeline playback, eased zoom) holds frames until it stops.
    void set_animating(bool animating) { animating_ = animating; }

    bool wants_frame() const { return animating_ || pending_frames_ > 0; }
    void frame_drawn();

    std::uint64_t frames_drawn() const { return frames_drawn_; }
    int pending_frames() const { return pending_frames_; }

private:
    int pending_frames_ = 0;
    bool animating_ = false;
    std::uint64_t frames_drawn_ = 0;
};

}  // namespace accord
