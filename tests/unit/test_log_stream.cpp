// LogFile on a path that is not a regular file: a FIFO read by another program and a device
// (through a symlink to /dev/full, so nothing is written into /dev). The log is written to it as
// given, never beside it; a slow or absent reader never blocks, and nothing is lost.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <thread>

#include "../support/temp_deck.hpp"
#include "core/log/log_file.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {

std::string line(int n, size_t size = 0) {
    std::string text = R"({"event":"slide","n":)" + std::to_string(n) + R"(,"pad":")";
    text += std::string(size > text.size() + 2 ? size - text.size() - 2 : 0, 'x');
    return text + "\"}";
}

// The read end of a FIFO, opened without waiting for a writer.
struct Reader {
    int fd = -1;
    explicit Reader(const std::filesystem::path& fifo)
        : fd(::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)) {
        REQUIRE(fd >= 0);
    }
    ~Reader() { ::close(fd); }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;
    // Everything in the pipe now.
    std::string drain() const {
        std::string all;
        char block[4096];
        for (ssize_t n; (n = ::read(fd, block, sizeof block)) > 0;)
            all.append(block, static_cast<size_t>(n));
        return all;
    }
};

// The names in `dir`, sorted.
std::vector<std::string> names(const std::filesystem::path& dir) {
    std::vector<std::string> all;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        all.push_back(entry.path().filename().string());
    std::sort(all.begin(), all.end());
    return all;
}

std::filesystem::path make_fifo(const TempDeck& temp) {
    const auto fifo = temp.root() / "log.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    return fifo;
}

}  // namespace

TEST_CASE("log stream: a FIFO gets the lines as given, and nothing is made beside it") {
    TempDeck temp;
    const auto fifo = make_fifo(temp);
    const Reader reader(fifo);
    LogFile log(fifo, {temp.root() / "fallback"}, LogFile::Open::New);
    CHECK(log.append(line(0)));
    CHECK(log.stream());
    CHECK(log.path() == fifo);
    CHECK(log.append(line(1)));
    CHECK(reader.drain() == line(0) + "\n" + line(1) + "\n");
    CHECK(log.finish() == fifo);
    CHECK(names(temp.root()) == std::vector<std::string>{"deck", "log.fifo"});
}

TEST_CASE("log stream: a FIFO nobody reads yet never blocks; the lines wait for the reader") {
    TempDeck temp;
    const auto fifo = make_fifo(temp);
    LogFile log(fifo, {temp.root() / "fallback"}, LogFile::Open::New);
    CHECK_FALSE(log.append(line(0)));  // no reader: ENXIO at once, not a hang
    CHECK(log.problem().find("no program is reading") != std::string::npos);
    CHECK(names(temp.root()) == std::vector<std::string>{"deck", "log.fifo"});
    const Reader reader(fifo);
    CHECK(log.append(line(1)));
    CHECK(reader.drain() == line(0) + "\n" + line(1) + "\n");
}

TEST_CASE("log stream: a full pipe keeps the rest of a line for next time, in order") {
    TempDeck temp;
    const auto fifo = make_fifo(temp);
    const Reader reader(fifo);
    LogFile log(fifo, {}, LogFile::Open::New);
    CHECK(log.append(line(0)));
    // The smallest pipe (one page) and a line twice its size: part goes now, the rest waits.
    const long page = ::sysconf(_SC_PAGESIZE);
    REQUIRE(::fcntl(reader.fd, F_SETPIPE_SZ, static_cast<int>(page)) >= 0);
    const std::string big = line(1, static_cast<size_t>(page) * 2);
    CHECK_FALSE(log.append(big));
    CHECK(log.problem().find("is behind") != std::string::npos);
    std::string sent = line(0) + "\n" + big + "\n";
    std::string got = reader.drain();
    CHECK(got.size() < sent.size());
    // Each new line first sends what the pipe now has room for, the big line's rest first.
    bool caught_up = false;
    for (int n = 2; n < 20 && !caught_up; ++n) {
        caught_up = log.append(line(n));
        sent += line(n) + "\n";
        got += reader.drain();
    }
    CHECK(caught_up);
    CHECK(got.size() == sent.size());
    CHECK((got == sent));  // whole lines, in order (not printed: they are long)
    CHECK_FALSE(log.failing());
}

TEST_CASE("log stream: at the end, a reader that is behind gets the rest") {
    TempDeck temp;
    const auto fifo = make_fifo(temp);
    const Reader reader(fifo);
    const long page = ::sysconf(_SC_PAGESIZE);
    REQUIRE(::fcntl(reader.fd, F_SETPIPE_SZ, static_cast<int>(page)) >= 0);
    LogFile log(fifo, {temp.root() / "fallback"}, LogFile::Open::New);
    std::string all;
    for (int n = 0; n < 4; ++n) {
        const std::string text = line(n, static_cast<size_t>(page));
        log.append(text);
        all += text + "\n";
    }
    CHECK(log.failing());  // four pages do not fit in one
    // The reader reads (blocking) until the log is closed: finish() waits for it.
    REQUIRE(::fcntl(reader.fd, F_SETFL, 0) == 0);
    std::string got;
    std::thread reading([&] {
        char block[4096];
        for (ssize_t n; (n = ::read(reader.fd, block, sizeof block)) > 0;)
            got.append(block, static_cast<size_t>(n));
    });
    const auto written = log.finish();
    reading.join();
    CHECK(written == fifo);
    CHECK(got.size() == all.size());
    CHECK((got == all));
    CHECK_FALSE(std::filesystem::exists(temp.root() / "fallback"));
}

TEST_CASE("log stream: a device that cannot be written (/dev/full) keeps the log elsewhere") {
    TempDeck temp;
    const auto link = temp.root() / "full.jsonl";
    std::filesystem::create_symlink("/dev/full", link);
    const auto fallback = temp.root() / "fallback";
    for (const auto open : {LogFile::Open::New, LogFile::Open::Append}) {
        LogFile log(link, {fallback}, open);
        CHECK_FALSE(log.append(line(0)));
        CHECK(log.problem().find("No space left") != std::string::npos);
        CHECK_FALSE(log.append(line(1)));  // retried with each line
        CHECK(log.stream());
        const auto kept = log.finish();
        CHECK(kept.parent_path() == fallback);
        CHECK_FALSE(log.stream());  // the log is now a regular file
    }
    // Nothing beside the link (no full-2.jsonl), the link untouched; two runs, two kept logs.
    CHECK(names(temp.root()) == std::vector<std::string>{"deck", "fallback", "full.jsonl"});
    CHECK(std::filesystem::read_symlink(link) == "/dev/full");
    CHECK(names(fallback) == std::vector<std::string>{"full-2.jsonl", "full.jsonl"});
}

TEST_CASE("log stream: a folder given as the log is not written, nor anything beside it") {
    TempDeck temp;
    const auto folder = temp.root() / "logs";
    std::filesystem::create_directory(folder);
    LogFile log(folder, {temp.root() / "fallback"}, LogFile::Open::New);
    CHECK_FALSE(log.append(line(0)));
    CHECK(log.problem().find("it is a folder") != std::string::npos);
    CHECK(log.finish() == temp.root() / "fallback" / "logs");
    CHECK(names(temp.root()) == std::vector<std::string>{"deck", "fallback", "logs"});
    CHECK(std::filesystem::is_empty(folder));
}
