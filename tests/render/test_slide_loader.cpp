// The background loader: results in request order, only wanted slides decoded, a bounded
// window whatever the deck size. A fake decoder records what was asked; no pixels needed.
#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <vector>

#include "shell/decode/slide_loader.hpp"

using namespace lightning;

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
    std::atomic<bool> hold{false};
    std::atomic<int> entered{0};
    SlideLoader::Decoder function() {
        return [this](int slide, const std::filesystem::path&, int, int) {
            ++entered;
            while (hold) std::this_thread::yield();
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
};

std::vector<int> take_all(SlideLoader& loader, size_t count) {
    std::vector<int> order;
    while (order.size() < count) {
        for (auto& loaded : loader.take()) order.push_back(loaded.slide);
        std::this_thread::yield();
    }
    return order;
}

}  // namespace

TEST_CASE("slides come back in the order they were requested") {
    const Deck deck = deck_of(10);
    FakeDecoder decoder;
    SlideLoader loader(deck, decoder.function());
    loader.set_box(320, 180);
    loader.want({4, 2, 7});
    CHECK(take_all(loader, 3) == std::vector<int>{4, 2, 7});
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
    CHECK(decoder.seen() == std::vector<int>{0, 1, 2, 3});
    SUBCASE("forgetting a slide lets it be asked for again") {
        loader.forget(1);
        loader.want({1});
        take_all(loader, 1);
        CHECK(decoder.seen() == std::vector<int>{0, 1, 2, 3, 1});
    }
}

TEST_CASE("requests the talk has moved past are dropped before they are decoded") {
    const Deck deck = deck_of(10);
    FakeDecoder decoder;
    decoder.hold = true;  // the worker takes slide 0, then waits
    SlideLoader loader(deck, decoder.function());
    loader.set_box(320, 180);
    loader.want({0, 1, 2});
    while (decoder.entered == 0) std::this_thread::yield();  // slide 0 is being decoded
    loader.want({5, 6, 7});  // the talk jumped (a stall): 1 and 2 are no longer wanted
    decoder.hold = false;
    const auto order = take_all(loader, 4);
    CHECK(order == std::vector<int>{0, 5, 6, 7});
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
        while (!received[static_cast<size_t>(current)]) {
            const auto results = loader.take();
            most_pending = std::max(most_pending, results.size());
            for (const auto& loaded : results) received[static_cast<size_t>(loaded.slide)] = true;
            std::this_thread::yield();
        }
    }
    CHECK(most_pending <= 3);
    const auto calls = decoder.seen();
    CHECK(calls.size() == 1000);  // each slide decoded exactly once, in order
    for (int i = 0; i < 1000; ++i) CHECK(calls[static_cast<size_t>(i)] == i);
}
