// TemporaryBeside: the one way a file is replaced whole. Names of its own (a name another process
// or a killed run left behind is passed over, never shared or removed), nothing left behind when
// not committed, and the final name changed only by the rename.
#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <string>

#include "../support/temp_deck.hpp"
#include "core/file/temporary_beside.hpp"

using namespace lightning;
using lightning::testing::read_text;
using lightning::testing::TempDeck;

namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

size_t files_in(const std::filesystem::path& folder) {
    size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++count;
    return count;
}

}  // namespace

TEST_CASE("temporary beside: written under its own hidden name, renamed over the target") {
    TempDeck temp;
    const auto target = temp.root() / "talk.mp4";
    write_text(target, "old");
    TemporaryBeside file(target, TemporaryBeside::hidden(target, ".mp4"));
    REQUIRE(file.made());
    CHECK(file.path().parent_path() == temp.root());
    const std::string name = file.path().filename().string();
    CHECK(name.rfind(".talk.mp4.partial-" + std::to_string(::getpid()) + "-", 0) == 0);
    CHECK(name.substr(name.size() - 4) == ".mp4");
    CHECK(::write(file.fd(), "new", 3) == 3);
    CHECK(read_text(target) == "old");  // untouched until the rename
    CHECK(file.commit(true) == 0);
    CHECK(read_text(target) == "new");
    CHECK(files_in(temp.root()) == 2);  // the target and the deck folder: no temporary left
}

TEST_CASE("temporary beside: two at once (or a leftover of the same name) never share a name") {
    TempDeck temp;
    const auto target = temp.root() / "report.csv";
    TemporaryBeside first(target, TemporaryBeside::hidden(target));
    TemporaryBeside second(target, TemporaryBeside::hidden(target));
    REQUIRE(first.made());
    REQUIRE(second.made());
    CHECK(first.path() != second.path());

    // A stranger's file under the name the next one would take is passed over and kept.
    const std::string next = second.path().filename().string();
    const auto dash = next.rfind('-');
    const auto taken = temp.root() / (next.substr(0, dash + 1) +
                                      std::to_string(std::stoi(next.substr(dash + 1)) + 1));
    write_text(taken, "someone else's");
    TemporaryBeside third(target, TemporaryBeside::hidden(target));
    REQUIRE(third.made());
    CHECK(third.path() != taken);
    CHECK(read_text(taken) == "someone else's");
}

TEST_CASE("temporary beside: not committed, it is removed and the target stays as it was") {
    TempDeck temp;
    const auto target = temp.root() / "log.csv";
    write_text(target, "kept");
    std::filesystem::path made;
    {
        TemporaryBeside file(target, {"log.csv.tmp-", ""});
        REQUIRE(file.made());
        made = file.path();
        CHECK(made.filename().string().rfind("log.csv.tmp-", 0) == 0);
        CHECK(std::filesystem::exists(made));
    }
    CHECK_FALSE(std::filesystem::exists(made));
    CHECK(read_text(target) == "kept");
}

TEST_CASE("temporary beside: a folder that is not there is an error, not a throw") {
    TempDeck temp;
    const auto target = temp.root() / "missing" / "out.png";
    TemporaryBeside file(target, TemporaryBeside::hidden(target));
    CHECK_FALSE(file.made());
    CHECK(file.error() == ENOENT);
    CHECK(file.commit(true) == ENOENT);
    CHECK_FALSE(std::filesystem::exists(target));
}
