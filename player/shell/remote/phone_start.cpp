#include "shell/remote/phone_start.hpp"

#include <cstdio>
#include <random>

#include "core/remote/qr_code.hpp"

namespace lightning {

StartedPhone start_phone(const PhonePlan& plan, size_t talks, RemoteInbox& inbox,
                         const Clock& clock, std::function<void()> wake, bool record_visits) {
    std::random_device random;
    const auto random64 = [&random] {
        return (std::uint64_t{random()} << 32) ^ std::uint64_t{random()};
    };
    PhoneServerOptions options;
    options.bind = plan.bind;
    options.port = plan.port;
    options.record_visits = record_visits;
    StartedPhone started;
    started.server = std::make_unique<PhoneServer>(options, make_phone_secrets(talks, random64),
                                                   inbox, clock, std::move(wake));
    const std::string base =
        "http://" + plan.host + ":" + std::to_string(started.server->port()) + "/";
    started.links.organizer = base + started.server->secrets().organizer + "/";
    for (const std::string& secret : started.server->secrets().speakers)
        started.links.speaker.push_back(base + secret + "/");
    return started;
}

void print_phone_links(const std::string& bind, int port, const PhoneLinks& links,
                       SpeakerCodes codes) {
    std::fprintf(stderr, "lightning: phone pages on %s:%d (tcp)\n", bind.c_str(), port);
    const auto print = [](const std::string& who, const std::string& url, bool code) {
        std::fprintf(stderr, "lightning: %s: %s\n", who.c_str(), url.c_str());
        if (!code) return;
        for (const std::string& line : qr_terminal_lines(qr_code(url)))
            std::fprintf(stderr, "  %s\n", line.c_str());
    };
    print("organizer's phone (can act: keep it to yourself)", links.organizer, true);
    if (links.speaker.size() == 1) {
        print("speaker's phone", links.speaker.front(), true);
        return;
    }
    for (size_t talk = 0; talk < links.speaker.size(); ++talk)
        print("talk " + std::to_string(talk + 1) + "'s speaker", links.speaker[talk],
              codes == SpeakerCodes::EveryTalk);
}

}  // namespace lightning
