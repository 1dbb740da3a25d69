// Frame scheduler: an idle app draws nothing; input asks for a few frames; animations hold frames.
#include "core/frame_scheduler.h"

#include <gtest/gtest.h>

namespace accord {

TEST(FrameScheduler, IdleWantsNoFrame) {
    FrameScheduler scheduler;
    EXPECT_FALSE(scheduler.wants_frame());
    EXPECT_EQ(scheduler.frames_drawn(), 0u);
}

TEST(FrameScheduler, RequestDrawsAFewFramesThenStops) {
    FrameScheduler scheduler;
    scheduler.request_frames();
    int drawn = 0;
    while (scheduler.wants_frame() && drawn < 100) {
        scheduler.frame_drawn();
        ++drawn;
    }
    EXPECT_EQ(drawn, FrameScheduler::frames_per_request);
    EXPECT_EQ(scheduler.frames_drawn(), static_cast<std::uint64_t>(FrameScheduler::frames_per_request));
}

TEST(FrameScheduler, RequestsDoNotAccumulateBeyondTheLargest) {
    FrameScheduler scheduler;
    scheduler.request_frames(2);
    scheduler.request_frames(5);
    scheduler.request_frames(1);
    EXPECT_EQ(scheduler.pending_frames(), 5);
    scheduler.request_frames(-3);
    EXPECT_EQ(scheduler.pending_frames(), 5);
}

TEST(FrameScheduler, AnimationHoldsFramesUntilItStops) {
    FrameScheduler scheduler;
    scheduler.set_animating(true);
    for (int i = 0; i < 50; ++i) {
        ASSERT_TRUE(scheduler.wants_frame());
        scheduler.frame_drawn();
    }
    scheduler.set_animating(false);
    EXPECT_FALSE(scheduler.wants_frame());
}

}  // namespace accord
