#pragma once
// Export's progress on stderr: frames done of the total, percent, speed (seconds of video made
// per second of wall time, "x realtime") and the time left. On a terminal one line is redrawn at
// most 4 times a second; otherwise (a log, a pipe) a plain line at most every 10 s. A summary
// line at the end either way, unless quiet.
#include <cstdio>
#include <string>

#include "core/time/clock.hpp"

namespace lightning {

class ProgressBar {
public:
    // `out` is where it prints (stderr); `terminal` whether that is a TTY.
    ProgressBar(const Clock& clock, long long total_frames, int fps, bool quiet, std::FILE* out,
                bool terminal);
    // Frames done so far; prints only when it is time to.
    void update(long long done);
    // The closing line: "exported N frames (m:ss.d) in S s, X x realtime".
    void finish(const std::string& what);
    // Clears the bar's line (before an error message), so the two do not run together.
    void clear();

    // The text of the status for `done` frames after `elapsed` of wall time (no escapes).
    std::string status(long long done, Micros elapsed) const;

private:
    const Clock& clock_;
    long long total_;
    int fps_;
    bool quiet_, terminal_;
    std::FILE* out_;
    Micros start_, last_print_{0};
    bool printed_ = false;
    bool on_line_ = false;  // the terminal line holds a bar to overwrite
};

}  // namespace lightning
