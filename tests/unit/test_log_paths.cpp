// Where logs go: config.toml's log-dir when set (~/ is the home folder), else the XDG state
// folder; an event's logs go beside them, inside log-dir when it is set.
#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "core/event/event_log.hpp"
#include "core/log/log_paths.hpp"

using namespace lightning;

namespace {
// Sets an environment variable for one test, and puts it back after.
struct EnvironmentVariable {
    EnvironmentVariable(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        setenv(name, value, 1);
    }
    ~EnvironmentVariable() {
        if (old_)
            setenv(name_, old_->c_str(), 1);
        else
            unsetenv(name_);
    }
    const char* name_;
    std::optional<std::string> old_;
};
}  // namespace

TEST_CASE("log paths: log-dir replaces the default place, ~/ is the home folder") {
    const EnvironmentVariable home("HOME", "/home/ada");
    const EnvironmentVariable state("XDG_STATE_HOME", "/state");
    Deck deck;
    deck.folder = "/talks/clocks";
    CHECK(logs_root() == "/state/lightning/logs");
    CHECK(logs_root("~/talk-logs") == "/home/ada/talk-logs");
    CHECK(logs_root("/srv/logs") == "/srv/logs");
    CHECK(deck_logs_dir(deck) == "/state/lightning/logs/clocks");
    CHECK(deck_logs_dir(deck, "/srv/logs") == "/srv/logs/clocks");
    CHECK(default_log_path(deck, "play", WallTime{}, "/srv/logs").parent_path() ==
          "/srv/logs/clocks");
    CHECK(event_logs_dir() == "/state/lightning/sessions");
    CHECK(event_logs_dir("/srv/logs") == "/srv/logs/sessions");
}
