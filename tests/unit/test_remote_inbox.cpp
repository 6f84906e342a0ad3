// The inbox between a remote's server thread and the clock's thread: commands arrive in order,
// a flood is capped (held and per second) and counted, and only the first post after a take
// wakes the loop.
#include <doctest/doctest.h>

#include <thread>

#include "core/remote/remote_inbox.hpp"

using namespace lightning;

namespace {

RemoteCommand pause_command() {
    return {Command::Pause, std::nullopt, CommandSource::Osc};
}

}  // namespace

TEST_CASE("remote inbox: in order, and one wake-up per batch") {
    RemoteInbox inbox(16, 20);
    bool wake = false;
    CHECK(inbox.post(pause_command(), Micros{0}, &wake));
    CHECK(wake);
    CHECK(inbox.post({Command::SkipTalk, std::nullopt, CommandSource::Phone}, Micros{1}, &wake));
    CHECK(!wake);  // the loop is already woken for the first
    const auto taken = inbox.take();
    REQUIRE(taken.size() == 2);
    CHECK(taken[0].command == Command::Pause);
    CHECK(taken[1].source == CommandSource::Phone);
    CHECK(inbox.take().empty());
    CHECK(inbox.post(pause_command(), Micros{2}, &wake));
    CHECK(wake);
}

TEST_CASE("remote inbox: a flood is held to its share and counted, and the next second goes on") {
    RemoteInbox inbox(16, 20);
    int accepted = 0;
    for (int i = 0; i < 10'000; ++i) {
        accepted += inbox.post(pause_command(), Micros{i * 10}, nullptr);  // 10 000 in 0.1 s
        if (i % 8 == 0) inbox.take();                                      // the loop keeps taking
    }
    CHECK(accepted == 20);
    CHECK(inbox.dropped() == 10'000 - 20);
    inbox.take();
    CHECK(inbox.post(pause_command(), Micros{1'000'000}, nullptr));  // a second later
    // Not taken: at most `capacity` are held.
    RemoteInbox small(4, 1000);
    for (int i = 0; i < 10; ++i) small.post(pause_command(), Micros{i}, nullptr);
    CHECK(small.take().size() == 4);
    CHECK(small.dropped() == 6);
}

TEST_CASE("remote inbox: two threads post while the loop takes, nothing lost below the caps") {
    RemoteInbox inbox(1000, 1'000'000);
    std::vector<RemoteCommand> got;
    std::thread a([&] {
        for (int i = 0; i < 300; ++i) inbox.post(pause_command(), Micros{i}, nullptr);
    });
    std::thread b([&] {
        for (int i = 0; i < 300; ++i)
            inbox.post({Command::BlankBlack, std::nullopt, CommandSource::Phone}, Micros{i},
                       nullptr);
    });
    for (int i = 0; i < 1000; ++i)
        for (auto& c : inbox.take()) got.push_back(c);
    a.join();
    b.join();
    for (auto& c : inbox.take()) got.push_back(c);
    CHECK(got.size() == 600);
    CHECK(inbox.dropped() == 0);
}
