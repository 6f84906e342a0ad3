#include "shell/app/phone_command.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

#include "core/config/config_file.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/event/lineup.hpp"
#include "core/event/lineup_phone.hpp"
#include "core/event/talk_text.hpp"
#include "core/log/printable.hpp"
#include "core/remote/phone_check_lines.hpp"
#include "core/time/time_text.hpp"
#include "shell/app/event_command.hpp"
#include "shell/platform/stop_signals.hpp"
#include "shell/remote/phone_start.hpp"

namespace lightning {

namespace {

// A signal only sets StopSignals' flag and wakes no thread, so the loop looks at it this often
// (and publishes the status, which goes out once a second as in a show).
constexpr Micros kStep{100'000};

// The loop's sleep, cut short from a server thread when a phone came or a command arrived, so
// the terminal says so at once.
class Wakeup {
public:
    void wake() {
        {
            const std::lock_guard lock(mutex_);
            woken_ = true;
        }
        changed_.notify_one();
    }
    void wait(Micros most) {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, most, [this] { return woken_; });
        woken_ = false;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool woken_ = false;
};

std::optional<Micros> parse_run_for(const std::string& text) {
    if (text.empty()) return std::nullopt;
    const auto length = parse_duration(text);
    if (!length || *length <= Millis{0})
        throw std::invalid_argument("--for \"" + text +
                                    "\" is not a time: write seconds (90) or m:ss (1:30)");
    return Micros{*length};
}

// What to look at when no phone came: the usual reasons, in the order they happen.
std::string no_phone_advice(const std::string& host, int port) {
    if (host.starts_with("127."))
        return host +
               " is this machine only: leave --phone-bind out (this machine's address on "
               "its network) or give the address the phones reach";
    const std::string url = "http://" + host + ":" + std::to_string(port) + "/";
    return "Is the phone on the laptop's network (the same Wi-Fi, or the laptop's own hotspot)? "
           "Does its firewall let TCP port " +
           std::to_string(port) + " in? A phone that opens " + url +
           " and gets \"404 not found\" reached the laptop; one that waits until it gives up "
           "did not";
}

void say(const std::string& line) {
    std::fprintf(stderr, "lightning: %s\n", printable(line).c_str());
}

}  // namespace

void add_phone_command(CLI::App& app, PhoneCheckOptions& options) {
    auto* command = app.add_subcommand(
        "phone",
        "Try the phones before the session: serve the phone pages of a lineup (or decks) where "
        "the show will, play nothing, and say which phones reach them");
    command
        ->add_option("lineup", options.lineup,
                     "A lineup file (.toml), or decks in order (each a deck folder or a PDF "
                     "file), as event takes them")
        ->required();
    add_phone_address_options(*command, options.phone);
    command->add_option("--for", options.run_for,
                        "Stop after this long: seconds or m:ss (default: until Ctrl+C)");
    command->footer(
        "The URLs printed work for this check only: the show makes new ones (fresh secrets each "
        "run). What it checks: that the phones reach the laptop (the network, a firewall, the "
        "address) and that each speaker sees their own talk and notes. docs/phone.md");
}

int run_phone(const PhoneCheckOptions& options) {
    const std::optional<Micros> run_for = parse_run_for(options.run_for);
    const Lineup lineup = lineup_from_arguments(options.lineup);
    const std::vector<CheckedTalk> talks = check_lineup_aloud(lineup);
    // Where the show will listen: config.toml's phone-port and phone-bind, a flag winning.
    std::vector<FlagSetting> flags = phone_flags(options.phone);
    flags.push_back({"phone", true});
    const Settings settings = resolve_settings(config_file_path(), nullptr, flags).settings;
    const PhonePlan plan = phone_plan(settings);
    // Each talk as the event prepares it: its deck.toml and config.toml give the thresholds the
    // page colours its countdowns by.
    const std::filesystem::path config = config_file_path();
    std::vector<std::string> problems;
    std::vector<PreparedTalk> prepared;
    for (const CheckedTalk& talk : talks)
        prepared.push_back(event_talk(talk, false, &config, &problems));
    for (const std::string& problem : problems) say(problem);

    const StopSignals signals;
    const SteadyClock clock;
    RemoteInbox inbox;
    Wakeup wakeup;  // outlives the server, whose threads call it
    StartedPhone phone = start_phone(
        plan, talks.size(), inbox, clock, [&wakeup] { wakeup.wake(); }, true);
    say("this is a check of the phones: nothing is played, and these addresses change when the "
        "show starts (fresh secrets each run)");
    print_phone_links(plan.bind, phone.server->port(), phone.links, SpeakerCodes::EveryTalk);
    phone.server->publish_sheets(lineup_phone_sheets(talks, prepared));
    // The first talk's title card, standing: the first speaker's page shows their talk waiting
    // to start, every other speaker's how many talks come before theirs.
    const LiveStatus status = title_card_status(talks, 0);

    std::set<std::string> reached;  // the addresses that opened a page or a stream
    const auto tell = [&] {
        for (const PhoneVisit& visit : phone.server->take_visits()) {
            say(phone_visit_line(visit, talks.size()));
            reached.insert(visit.address);
        }
        for (const RemoteCommand& command : inbox.take())
            say(phone_check_command_line(command, status.talk));
        for (const std::string& line : phone.server->take_lines()) say(line);
    };
    const Micros start = clock.now();
    while (!StopSignals::received()) {
        const Micros now = clock.now();
        if (run_for && now - start >= *run_for) break;
        phone.server->publish_status(status, now, "");
        tell();
        wakeup.wait(run_for ? std::min(kStep, start + *run_for - now) : kStep);
    }
    tell();  // what came during the last wait
    const int port = phone.server->port();
    phone.server.reset();  // every stream ends, civetweb's threads stop, the port is free
    if (reached.empty()) {
        say("phone check over: no phone opened a page. " + no_phone_advice(plan.host, port));
        return 0;
    }
    std::string addresses;
    for (const std::string& address : reached)
        addresses += (addresses.empty() ? "" : ", ") + address;
    say("phone check over: " + std::to_string(reached.size()) +
        " phone address(es) reached the pages (" + addresses + ")");
    return 0;
}

}  // namespace lightning
