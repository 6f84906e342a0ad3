// The live loop's pacing on a recording output and the fake clock: frames land on their
// instants (never early), only the countdown's corner is redrawn between flips, a slide still
// decoding never holds the clock, nothing shows before the first slide's pixels, and a command
// shows at once. Drawing and presenting take fake time, as on a real machine.
#include <doctest/doctest.h>

#include <map>
#include <stdexcept>

#include "../support/stage_run.hpp"
#include "core/show/frame_pacer.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

struct Frame {
    Screen screen;
    SlidePixels pixels;
    bool corner_only = false;
    Micros planned{0};    // the instant it was planned for
    Micros presented{0};  // when it reached the display
};

// An audience window that records what it was asked to draw and present.
class RecordingOutput final : public FrameOutput {
public:
    explicit RecordingOutput(FakeClock& clock) : clock_(clock) {}

    bool ready(int slide) const override {
        const auto it = decoded_at.find(slide);
        return it == decoded_at.end() || clock_.now() >= it->second;
    }
    void draw(const Screen& screen, SlidePixels pixels, bool corner_only) override {
        drawn_ = {screen, pixels, corner_only, Micros{0}, Micros{0}};
        clock_.advance(corner_only ? corner_draw_cost : draw_cost);
    }
    void present(bool corner_only) override {
        clock_.advance(corner_only ? corner_present_cost : present_cost);
        drawn_.presented = clock_.now();
        frames.push_back(drawn_);
    }
    // Input and decoded slides wake the wait before `until`, as SDL events do.
    Wake wait(Micros until) override {
        Micros wake_at = std::min(until, stop_at);
        const Micros now = clock_.now();
        for (const auto& [slide, at] : decoded_at)
            if (at > now && at < wake_at) wake_at = at;
        const bool input = !inputs.empty() && inputs.begin()->first <= wake_at;
        if (input) wake_at = std::max(now, inputs.begin()->first);
        clock_.set(std::max(now, wake_at));
        if (input) {
            show->send(inputs.begin()->second, CommandSource::Key);
            inputs.erase(inputs.begin());
            return Wake::Command;
        }
        return clock_.now() >= until ? Wake::Due : Wake::Replan;
    }
    void wait_precisely(Micros until) override { clock_.set(std::max(clock_.now(), until)); }

    Micros draw_cost = ms(6), corner_draw_cost = ms(1);
    Micros present_cost = ms(3), corner_present_cost = Micros{400};
    std::map<int, Micros> decoded_at;       // a slide's pixels arrive then (absent: at once)
    std::multimap<Micros, Command> inputs;  // key presses at clock times
    Micros stop_at = Micros::max();         // the test's end
    Show* show = nullptr;
    std::vector<Frame> frames;

private:
    FakeClock& clock_;
    Frame drawn_;
};

// "At once": something that comes while a frame is being drawn and presented (the draw margin,
// at most 50 ms, then the draw and the present) waits for that frame, then goes up with the next
// draw and present; never at the next second's tick.
constexpr Micros kAtOnce = ms(50 + 6 + 3 + 6 + 3);

// A play of four 10 s slides driven as the window loop drives it, until `until` ms after the
// window opened.
struct PacedPlay {
    PacedPlay() : talk(four_slides_40s()), output(clock) {
        clock.set(kOpen);
        StageSetup setup;
        setup.mode = RunMode::Play;
        stage.emplace(talk, clock, wall, std::move(setup));
        output.show = &*stage;
    }
    void run_until(long long until) {
        output.stop_at = kOpen + ms(until);
        FramePacer pacer(*stage, output, clock);
        while (clock.now() < output.stop_at) {
            stage->set_bar_width(300);
            stage->update();
            const FramePacer::Pass pass = pacer.pass();
            if (pass.drew) output.frames.back().planned = pass.planned;
        }
    }
    // The first frame that shows slide k's own pixels (or its place, with `decoded`).
    const Frame* first_with_pixels(int slide) const {
        for (const auto& frame : output.frames)
            if (frame.pixels.slide == slide && frame.pixels.decoded) return &frame;
        return nullptr;
    }
    Micros t0() const { return output.frames.at(0).presented; }  // the talk starts there

    FakeClock clock;
    FakeWallClock wall;
    PreparedTalk talk;
    RecordingOutput output;
    std::optional<Stage> stage;
};

}  // namespace

TEST_CASE("frame pacer: every flip lands on its instant, never early, and never drifts") {
    PacedPlay play;
    play.run_until(45'000);
    for (int k = 1; k < 4; ++k) {
        CAPTURE(k);
        const Frame* flip = play.first_with_pixels(k);
        REQUIRE(flip);
        CHECK(!flip->corner_only);
        CHECK(flip->planned == play.t0() + ms(10'000 * k));  // on the hard clock, from the start
        CHECK(flip->presented >= flip->planned);             // never early
        CHECK(flip->presented - flip->planned <= play.output.present_cost);
    }
    // The present lead is learnt: a later flip lands closer to its instant than the first.
    const auto late = [&](int k) {
        return play.first_with_pixels(k)->presented - play.first_with_pixels(k)->planned;
    };
    CHECK(late(3) < late(1));
    for (const auto& frame : play.output.frames) CHECK(frame.presented >= frame.planned);
}

TEST_CASE("frame pacer: between flips only the countdown's corner is drawn") {
    PacedPlay play;
    play.run_until(25'000);
    int full = 0, corner = 0;
    std::optional<Screen> before;
    for (const auto& frame : play.output.frames) {
        if (frame.corner_only) {
            ++corner;
            REQUIRE(before);
            CHECK(only_countdown_differs(*before, frame.screen));
        } else {
            ++full;
            // A whole frame is drawn only when more than the countdown changed.
            if (before) CHECK(!only_countdown_differs(*before, frame.screen));
        }
        before = frame.screen;
    }
    CHECK(full == 3);         // slides 1, 2 and 3
    CHECK(corner >= 2 * 25);  // every second's digits, and the bar's steps between them
}

TEST_CASE("frame pacer: a slide still decoding never holds the clock") {
    PacedPlay play;
    play.output.decoded_at[1] = kOpen + ms(13'000);  // about 3 s after its instant
    play.run_until(25'000);
    // At slide 2's instant the screen is slide 2's (its countdown), over slide 1's pixels.
    const Frame* due = nullptr;
    for (const auto& frame : play.output.frames)
        if (slide_of(frame.screen) == 1) {
            due = &frame;
            break;
        }
    REQUIRE(due);
    CHECK(due->planned == play.t0() + ms(10'000));
    CHECK(due->pixels.slide == 0);
    CHECK(due->pixels.decoded);
    // Slide 2's own pixels go up the moment they arrive, not at the next tick.
    const Frame* arrived = play.first_with_pixels(1);
    REQUIRE(arrived);
    CHECK(!arrived->corner_only);
    CHECK(arrived->presented >= kOpen + ms(13'000));
    CHECK(arrived->presented - (kOpen + ms(13'000)) <= kAtOnce);
    // And slide 3 is on its instant all the same.
    CHECK(play.first_with_pixels(2)->planned == play.t0() + ms(20'000));
}

TEST_CASE("frame pacer: nothing is presented before the first slide's pixels") {
    PacedPlay play;
    play.output.decoded_at[0] = kOpen + ms(2'000);
    play.run_until(5'000);
    REQUIRE(!play.output.frames.empty());
    const Frame first = play.output.frames.front();  // a copy: run_until adds frames
    CHECK(first.pixels.slide == 0);
    CHECK(first.pixels.decoded);
    CHECK(first.presented >= kOpen + ms(2'000));
    // The talk starts when its first slide is up: slide 2 is due 10 s after that.
    play.run_until(15'000);
    CHECK(play.first_with_pixels(1)->planned == first.presented + ms(10'000));
}

TEST_CASE("frame pacer: a command shows at once, not at the next tick") {
    PacedPlay play;
    play.output.inputs.emplace(kOpen + ms(5'500), Command::BlankBlack);
    play.run_until(8'000);
    const Frame* blank = nullptr;
    for (const auto& frame : play.output.frames)
        if (frame.screen.blank == Blank::Black) {
            blank = &frame;
            break;
        }
    REQUIRE(blank);
    CHECK(!blank->corner_only);
    CHECK(blank->presented >= kOpen + ms(5'500));
    CHECK(blank->presented - (kOpen + ms(5'500)) <= kAtOnce);
}
