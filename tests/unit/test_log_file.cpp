// LogFile under faults: a disk that fills in the middle of a line (an injected writer), a logs
// folder deleted mid-talk, two runs wanting the same name, and every place failing.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iterator>

#include "../support/temp_deck.hpp"
#include "core/log/log_file.hpp"
#include "core/log/log_reader.hpp"

using namespace lightning;
using lightning::testing::read_text;
using lightning::testing::TempDeck;

namespace {

std::string event(int n) {
    return R"({"event":")" + std::string(n == 0 ? "start" : "slide") + R"(","n":)" +
           std::to_string(n) + "}";
}

}  // namespace

TEST_CASE("log file: a disk that fills mid-line and then frees leaves only whole lines") {
    TempDeck temp;
    const auto path = temp.root() / "logs" / "run.jsonl";
    bool full = false;
    bool partial_written = false;
    // While "full": 7 bytes of a line get in, then the write fails as on a full disk.
    LogFile::Writer writer = [&](int fd, const char* data, size_t size) -> ssize_t {
        if (!full) return ::write(fd, data, size);
        if (!partial_written) {
            partial_written = true;
            return ::write(fd, data, std::min<size_t>(size, 7));
        }
        errno = ENOSPC;
        return -1;
    };
    LogFile log(path, {}, LogFile::Open::New, writer);
    CHECK(log.append(event(0)));
    full = true;
    CHECK_FALSE(log.append(event(1)));  // 7 bytes of it reached the file, then ENOSPC
    CHECK(log.failing());
    CHECK(read_text(path).back() != '\n');
    full = false;
    CHECK(log.append(event(2)));  // space is back: cut to the last newline, then 1 and 2 whole
    CHECK(read_text(path) == event(0) + "\n" + event(1) + "\n" + event(2) + "\n");
    CHECK(log.finish() == path);
    const ReadLog back = read_run_log(path);
    CHECK(back.events.size() == 3);
    CHECK(back.damaged_lines == 0);
}

TEST_CASE("log file: a half line left by a crash is cut before a resumed run appends") {
    TempDeck temp;
    const auto path = temp.root() / "run.jsonl";
    std::ofstream(path) << event(0) << "\n"
                        << R"({"event":"sli)";
    LogFile log(path, {});
    CHECK(log.append(event(1)));
    CHECK(read_text(path) == event(0) + "\n" + event(1) + "\n");
}

TEST_CASE("log file: a logs folder deleted mid-talk is made again with the whole log") {
    TempDeck temp;
    const auto dir = temp.root() / "logs" / "deck";
    LogFile log(dir / "run.jsonl", {}, LogFile::Open::New);
    CHECK(log.append(event(0)));
    CHECK(log.append(event(1)));
    std::filesystem::remove_all(temp.root() / "logs");
    CHECK(log.append(event(2)));
    CHECK(log.finish() == dir / "run.jsonl");
    CHECK(read_text(dir / "run.jsonl") == event(0) + "\n" + event(1) + "\n" + event(2) + "\n");
}

TEST_CASE("log file: two runs wanting one name (the same millisecond) get two files") {
    TempDeck temp;
    const auto path = temp.root() / "20261125T174001.123Z-play.jsonl";
    LogFile first(path, {}, LogFile::Open::New);
    LogFile second(path, {}, LogFile::Open::New);
    CHECK(first.append(event(0)));
    CHECK(second.append(event(0)));
    CHECK(first.path() == path);
    CHECK(second.path() == temp.root() / "20261125T174001.123Z-play-2.jsonl");
    CHECK(first.append(event(1)));  // a retry later continues its own file
    CHECK(read_text(first.path()) == event(0) + "\n" + event(1) + "\n");
    CHECK(read_text(second.path()) == event(0) + "\n");
}

TEST_CASE("log file: when every place fails, the problem names every place tried") {
    TempDeck temp;
    std::ofstream(temp.root() / "not-a-folder") << "x";
    const auto blocked = temp.root() / "not-a-folder";
    LogFile log(blocked / "a" / "run.jsonl", {blocked / "b", blocked / "c"}, LogFile::Open::New);
    CHECK_FALSE(log.append(event(0)));
    CHECK(log.finish().empty());
    const std::string problem = log.problem();
    CHECK(problem.find((blocked / "a").string()) != std::string::npos);
    CHECK(problem.find((blocked / "b").string()) != std::string::npos);
    CHECK(problem.find((blocked / "c").string()) != std::string::npos);
    CHECK(log.lines().size() == 1);  // still there for stderr
}
