// The background loader: work starts in order of urgency on two workers, a slow slide holds up
// only itself, decodes whose slot passed are abandoned, only wanted slides are decoded, and the
// window stays bounded whatever the deck size. A fake decoder records what was asked; no pixels.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <vector>

#include "../support/eventually.hpp"
#include "shell/decode/slide_loader.hpp"

using namespace lightning;
using lightning::test::eventually;

namespace {

Deck deck_of(int n) {
    Deck deck;
    for (int i = 0; i < n; ++i)
        deck.slides.push_back(SlideEntry{"s" + std::to_string(i) + ".png", "s.png", {}, {}, 0});
    return deck;
}

// Records every decode; can hold the worker until released (to make requests pile up).
struct FakeDecoder {
    std::mutex mutex;
    std::vector<int> calls;
    std::set<int> started;
    std::atomic<bool> hold{false};
    std::atomic<int> entered{0};
    SlideLoader::Decoder function() {
        return [this](int slide, const std::filesystem::path&, int, int) {
            {
                std::lock_guard lock(mutex);
                started.insert(slide);
            }
            ++entered;
            eventually([&] { return !hold; });
            std::lock_guard lock(mutex);
            calls.push_back(slide);
            DecodedSlide out;
            out.problem = "fake " + std::to_string(slide);
            return out;
        };
    }
    std::vector<int> seen() {
        std::lock_guard lock(mutex);
        return calls;
    }
    std::set<int> begun() {
        std::lock_guard lock(mutex);
        return started;
    }
};

std::vector<int> take_all(SlideLoader& loader, size_t count) {
    std::vector<int> order;
    const bool all_came = eventually([&] {
        for (auto& loaded : loader.take()) order.push_back(loaded.slide);
        return order.size() >= count;
    });
    REQUIRE_MESSAGE(all_came, "the loader handed back ", order.size(), " of ", count, " slides");
    return order;
}

}  // namespace

TEST_CASE("with one worker, slides come back in the order they were requested") {
    const Deck deck = deck_of(10);
    FakeDecoder decoder;
    SlideLoader loader(deck, decoder.function(), {}, 1);
    loader.set_box(320, 180);
    loader.want({4, 2, 7});
    CHECK(take_all(loader, 3) == std::vector<int>{4, 2, 7});
}

TEST_CASE("two workers start on the two most urgent slides first") {
    const Deck deck = deck_of(10);
    FakeDecoder decoder;
    decoder.hold = true;
    SlideLoader loader(deck, decoder.function());
    loader.set_box(320, 180);
    loader.want({4, 2, 7});
    REQUIRE(eventually([&] { return decoder.entered >= 2; }));
    CHECK(decoder.begun() == std::set<int>{2, 4});
    CHECK(loader.in_flight() == 2);
    decoder.hold = false;
    auto order = take_all(loader, 3);
    std::sort(order.begin(), order.end());
    CHECK(order == std::vector<int>{2, 4, 7});
}

TEST_CASE("a slow slide delays only itself, and is abandoned when its slot has passed") {
    // Slide 1 takes "forever" (until the loader gives up on it): slides 2 and 3 are decoded
    // beside it, and once the talk has moved past slide 1 its decode stops and is never
    // delivered.
    const Deck deck = deck_of(10);
    std::atomic<bool> slow_was_abandoned{false};
    SlideLoader::AbandonableDecoder decoder = [&](int slide, const std::filesystem::path&, int, int,
                                                  const std::atomic<bool>& abandoned) {
        if (slide == 1) {
            if (eventually([&] { return abandoned.load(); })) slow_was_abandoned = true;
        }
        return DecodedSlide{};
    };
    SlideLoader loader(deck, decoder);
    loader.set_box(320, 180);
    loader.want({0, 1, 2, 3});
    auto first = take_all(loader, 3);
    std::sort(first.begin(), first.end());
    CHECK(first == std::vector<int>{0, 2, 3});
    CHECK(loader.in_flight() == 1);  // slide 1, still decoding
    loader.want({2, 3, 4});          // slide 1's slot has passed
    CHECK(take_all(loader, 1) == std::vector<int>{4});
    REQUIRE(eventually([&] { return slow_was_abandoned.load(); }));
    CHECK(loader.in_flight() == 0);
    CHECK(loader.take().empty());  // slide 1 is never handed over
    SUBCASE("and asked for again (the speaker went back), it is decoded anew") {
        loader.want({1});
        REQUIRE(eventually([&] { return loader.in_flight() != 0 || !loader.take().empty(); }));
        CHECK(loader.in_flight() == 1);
    }
}

TEST_CASE("a slide already decoded or queued is not decoded again") {
    const Deck deck = deck_of(10);
    FakeDecoder decoder;
    SlideLoader loader(deck, decoder.function());
    loader.set_box(320, 180);
    loader.want({0, 1, 2});
    take_all(loader, 3);
    loader.want({1, 2, 3});
    take_all(loader, 1);
    // Two workers: which of two slides decoding at once is recorded first is the machine's.
    const auto sorted = [](std::vector<int> slides) {
        std::sort(slides.begin(), slides.end());
        return slides;
    };
    CHECK(sorted(decoder.seen()) == std::vector<int>{0, 1, 2, 3});
    SUBCASE("forgetting a slide lets it be asked for again") {
        loader.forget(1);
        loader.want({1});
        take_all(loader, 1);
        CHECK(sorted(decoder.seen()) == std::vector<int>{0, 1, 1, 2, 3});
    }
}

TEST_CASE("requests the talk has moved past are dropped before they are decoded") {
    const Deck deck = deck_of(10);
    FakeDecoder decoder;
    decoder.hold = true;  // the workers take slides 0 and 1, then wait
    SlideLoader loader(deck, decoder.function());
    loader.set_box(320, 180);
    loader.want({0, 1, 2});
    REQUIRE(eventually([&] { return decoder.entered >= 2; }));
    loader.want({5, 6, 7});  // the talk jumped (a stall): 0, 1 and 2 are no longer wanted
    decoder.hold = false;
    auto order = take_all(loader, 3);
    std::sort(order.begin(), order.end());
    CHECK(order == std::vector<int>{5, 6, 7});
    CHECK(decoder.begun().count(2) == 0);  // never started
    REQUIRE(eventually([&] { return decoder.seen().size() >= 5; }));
    CHECK(loader.take().empty());  // 0 and 1 finished after all, but nobody wants them
}

TEST_CASE("a new screen size drops pending results made for the old one") {
    const Deck deck = deck_of(4);
    FakeDecoder decoder;
    SlideLoader loader(deck, decoder.function());
    loader.set_box(320, 180);
    const int first = loader.generation();
    loader.want({0});
    loader.wait_for(0);
    loader.set_box(640, 360);
    CHECK(loader.generation() != first);
    CHECK(loader.take().empty());
    loader.want({0});
    const auto again = take_all(loader, 1);
    CHECK(again == std::vector<int>{0});
}

TEST_CASE("the resident window stays bounded over a 1000-slide talk") {
    // What play does at every flip: want the current slide and the next two. Nothing else may
    // ever be decoded, so memory does not grow with the deck.
    const Deck deck = deck_of(1000);
    FakeDecoder decoder;
    SlideLoader loader(deck, decoder.function());
    loader.set_box(320, 180);
    size_t most_pending = 0;
    std::vector<bool> received(1000, false);
    for (int current = 0; current < 1000; ++current) {
        loader.want({current, current + 1, current + 2});
        REQUIRE(eventually([&] {
            const auto results = loader.take();
            most_pending = std::max(most_pending, results.size());
            for (const auto& loaded : results) received[static_cast<size_t>(loaded.slide)] = true;
            return received[static_cast<size_t>(current)];
        }));
    }
    CHECK(most_pending <= 3);
    const auto calls = decoder.seen();
    auto calls_sorted = calls;
    std::sort(calls_sorted.begin(), calls_sorted.end());
    REQUIRE(calls_sorted.size() == 1000);  // each slide decoded exactly once
    for (int i = 0; i < 1000; ++i) CHECK(calls_sorted[static_cast<size_t>(i)] == i);
}
