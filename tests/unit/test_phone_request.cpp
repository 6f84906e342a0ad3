// Who may ask the phone server for what: fresh 128-bit secrets, a path without the right one is
// NotFound whatever follows it, a speaker's secret reads its own talk only and never acts, and
// the organizer's command body is one line of a few words.
#include <doctest/doctest.h>

#include <set>

#include "core/remote/phone_action.hpp"
#include "core/remote/phone_request.hpp"
#include "core/remote/request_rate.hpp"

using namespace lightning;
using Kind = PhoneRequest::Kind;

namespace {

PhoneSecrets three_talks() {
    std::uint64_t next = 0x0123456789abcdefULL;
    return make_phone_secrets(3, [&] { return next = next * 6364136223846793005ULL + 1; });
}

}  // namespace

TEST_CASE("phone secrets: 32 hex digits each, one per talk, all different") {
    const PhoneSecrets secrets = three_talks();
    REQUIRE(secrets.speakers.size() == 3);
    std::set<std::string> seen{secrets.organizer};
    for (const auto& secret : secrets.speakers) seen.insert(secret);
    CHECK(seen.size() == 4);
    for (const auto& secret : seen) {
        CHECK(secret.size() == 32);
        CHECK(secret.find_first_not_of("0123456789abcdef") == std::string::npos);
    }
    // A broken source giving the same bits every time still gives different secrets: it is
    // asked again (here it changes after a few draws).
    int calls = 0;
    const PhoneSecrets stuck = make_phone_secrets(2, [&] { return ++calls < 6 ? 7ULL : calls; });
    CHECK(stuck.organizer != stuck.speakers[0]);
    CHECK(stuck.speakers[0] != stuck.speakers[1]);
    CHECK(make_phone_secrets(0, [&] { return ++calls; }).speakers.size() == 1);  // a play
    CHECK_THROWS_AS(make_phone_secrets(2, [] { return 1ULL; }), std::runtime_error);
}

TEST_CASE("phone requests: the page, events and thumbnails under a secret; nothing else") {
    const PhoneSecrets s = three_talks();
    const std::string organizer = "/" + s.organizer + "/";
    const std::string second = "/" + s.speakers[1] + "/";

    CHECK(route_phone_request("GET", organizer, s) ==
          PhoneRequest{Kind::Page, PhoneRole::Organizer, 0, -1});
    CHECK(route_phone_request("GET", second, s) ==
          PhoneRequest{Kind::Page, PhoneRole::Speaker, 1, -1});
    CHECK(route_phone_request("HEAD", second, s).kind == Kind::Page);
    CHECK(route_phone_request("GET", second + "events", s) ==
          PhoneRequest{Kind::Events, PhoneRole::Speaker, 1, -1});
    CHECK(route_phone_request("GET", second + "slide/0.jpg", s) ==
          PhoneRequest{Kind::Slide, PhoneRole::Speaker, 1, 0});
    CHECK(route_phone_request("GET", organizer + "slide/12.jpg", s).slide == 12);
    CHECK(route_phone_request("POST", organizer + "command", s) ==
          PhoneRequest{Kind::Command, PhoneRole::Organizer, 0, -1});

    // Nothing without a secret, with a wrong or cut one, or anything but the four requests.
    std::string wrong = s.organizer;
    wrong[31] = wrong[31] == 'a' ? 'b' : 'a';
    for (const std::string& path :
         {std::string("/"), std::string(""), "/" + s.organizer, "/" + wrong + "/",
          "/" + s.organizer.substr(0, 31) + "/", "/" + s.organizer + "0/", "//" + s.organizer + "/",
          "/" + s.organizer.substr(0, 16) + "/events", organizer + "events/",
          organizer + "index.html", organizer + "slide/1.png", organizer + "slide/-1.jpg",
          organizer + "slide/01.jpg", organizer + "slide/.jpg", organizer + "slide/123456.jpg",
          organizer + "slide/1.jpg/", organizer + "../" + s.speakers[0] + "/",
          organizer + "slide/ 1.jpg", std::string(5000, '/')})
        CHECK_MESSAGE(route_phone_request("GET", path, s).kind == Kind::NotFound, path);
    CHECK(route_phone_request("POST", second + "command", s).kind == Kind::NotFound);  // read-only
    CHECK(route_phone_request("GET", organizer + "command", s).kind == Kind::NotFound);
    CHECK(route_phone_request("POST", organizer, s).kind == Kind::NotFound);
    CHECK(route_phone_request("DELETE", organizer, s).kind == Kind::NotFound);
    CHECK(route_phone_request("get", organizer, s).kind == Kind::NotFound);
    CHECK(route_phone_request("GET", "/" + s.organizer.substr(0, 31) + "X/", s).kind ==
          Kind::NotFound);
}

TEST_CASE("phone actions: command words, extend, a message; anything else is refused") {
    auto command = [](std::string_view body) {
        const auto action = phone_action(body);
        return action && action->command ? action->command->command : std::nullopt;
    };
    CHECK(command("start") == Command::Start);
    CHECK(command("skip\n") == Command::SkipTalk);
    CHECK(command("back\r\n") == Command::BackTalk);
    CHECK(command("end") == Command::End);
    CHECK(command("pause") == Command::Pause);
    CHECK(command("blank") == Command::BlankBlack);
    CHECK(phone_action("skip")->command->source == CommandSource::Phone);

    const auto extend = phone_action("extend 300");
    REQUIRE(extend);
    CHECK(extend->command->extend == Micros{300'000'000});
    for (const char* bad : {"extend", "extend ", "extend 0", "extend -5", "extend 3601",
                            "extend 5s", "extend 1e3", "extend  5"})
        CHECK_MESSAGE(!phone_action(bad), bad);

    const auto message = phone_action("message wrap up 한국어 🎤");
    REQUIRE(message);
    CHECK(!message->command);
    CHECK(*message->message == "wrap up 한국어 🎤");
    CHECK(phone_action("message")->message == "");  // clears it
    std::string why;
    CHECK(!phone_action("message " + std::string(kPhoneMessageBytes + 1, 'x'), &why));
    CHECK(why.find("at most") != std::string::npos);
    CHECK(!phone_action("message a\nb"));
    CHECK(!phone_action("message \xff\xfe"));
    CHECK(!phone_action(std::string(10'000, 'x')));
    for (const char* bad :
         {"", "skip now", "SKIP", "quit", "restart", "next", " skip", "skip now "})
        CHECK_MESSAGE(!phone_action(bad, &why), bad);
    CHECK(why.find("not a command") != std::string::npos);
}

TEST_CASE("request rate: a burst, then the refill; one address's flood leaves the others") {
    RequestRate rate(5, 3);
    int allowed = 0;
    for (int i = 0; i < 100; ++i) allowed += rate.allow("10.0.0.1", Micros{0}) ? 1 : 0;
    CHECK(allowed == 5);
    CHECK(rate.allow("10.0.0.2", Micros{0}));         // another phone goes on
    CHECK(!rate.allow("10.0.0.1", Micros{100'000}));  // 0.5 of a request refilled
    CHECK(rate.allow("10.0.0.1", Micros{200'000}));   // one refilled
    CHECK(!rate.allow("10.0.0.1", Micros{200'000}));
    // Three addresses tracked: a fourth waits until one has been quiet for 10 s.
    CHECK(rate.allow("10.0.0.3", Micros{300'000}));
    CHECK(!rate.allow("10.0.0.4", Micros{400'000}));
    CHECK(rate.tracked() == 3);
    CHECK(rate.allow("10.0.0.4", Micros{10'300'000}));
    CHECK(rate.tracked() <= 3);
}
