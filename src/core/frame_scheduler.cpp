// Frame scheduler: see frame_scheduler.h.
#include "core/frame_scheduler.h"

#include <algorithm>

namespace accord {

void FrameScheduler::request_frames(int count) {
    pending_frames_ = std::max(pending_frames_, std::max(count, 0));
}

void FrameScheduler::frame_drawn() {
    ++frames_drawn_;
    if (pending_frames_ > 0) --pending_frames_;
}

}  // namespace accord
