#pragma once
// Progress for a long check (a 297-page PDF takes a minute and a half): nothing for the first two
// seconds, then "checking DECK: k/N slides" on stderr at most once a second, rewritten in place
// on a terminal and a line each otherwise (a CI log). Called from every check worker.
#include <atomic>
#include <mutex>
#include <string>

#include "core/time/clock.hpp"

namespace lightning {

class CheckProgress {
public:
    CheckProgress(std::string deck, int slides, const Clock& clock);
    ~CheckProgress();  // ends a line left open on a terminal
    CheckProgress(const CheckProgress&) = delete;
    CheckProgress& operator=(const CheckProgress&) = delete;
    // One more slide read (any thread).
    void slide_done();

private:
    std::string deck_;
    int slides_;
    const Clock& clock_;
    Micros started_;
    std::atomic<int> done_{0};
    std::mutex print_mutex_;
    Micros printed_at_{0};
    bool printed_ = false;
    bool terminal_;
};

}  // namespace lightning
